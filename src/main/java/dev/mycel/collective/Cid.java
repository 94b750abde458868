package dev.mycel.collective;

/**
 * The IPFS content id of a single raw block: CIDv1, codec raw (0x55), multihash sha2-256
 * (0x12, 32 bytes), multibase base32 lower-case ('b'). Kubo gives exactly this to a file added
 * with {@code cid-version=1} (which uses raw leaves) when the file fits in one chunk, and
 * {@link KuboClient} adds with a chunk as large as the largest pattern, so every pattern Mycel
 * publishes has one; a CID of any other shape is not one of ours and is not fetched.
 */
final class Cid {
    private static final byte[] PREFIX = {0x01, 0x55, 0x12, 0x20};
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private Cid() {
    }

    static String of(byte[] content) {
        byte[] digest = AuthorKey.sha256(content);
        byte[] cid = new byte[PREFIX.length + digest.length];
        System.arraycopy(PREFIX, 0, cid, 0, PREFIX.length);
        System.arraycopy(digest, 0, cid, PREFIX.length, digest.length);
        return "b" + base32(cid);
    }

    /** True for a CID of the one shape {@link #of} makes (a raw sha2-256 CIDv1 in base32). */
    static boolean isRawSha256(String cid) {
        return cid != null && cid.matches("bafkrei[a-z2-7]{52}");
    }

    /** RFC 4648 base32, lower-case, no padding, as multibase 'b' has it. */
    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
