package dev.mycel.collective;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An instance's public Ed25519 key, as the 32 raw bytes RFC 8032 defines. Its fingerprint,
 * {@code ed25519:} and the first 20 bytes of the key's SHA-256 in hex, in five groups of eight
 * ({@code ed25519:1a2b3c4d-…}), is the author's identity.
 */
public final class AuthorKey {
    /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), before the raw key. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final byte[] raw;
    private final String fingerprint;

    private AuthorKey(byte[] raw) {
        this.raw = raw.clone();
        // grouped so that no log or audit screen mistakes it for a secret token (a long run of hex digits)
        String hex = HexFormat.of().formatHex(Arrays.copyOf(sha256(raw), 20));
        this.fingerprint = "ed25519:" + String.join("-", hex.split("(?<=\\G.{8})"));
    }

    /** From the raw 32 bytes, base64url without padding as they travel in a pattern. */
    public static AuthorKey fromText(String base64url) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the author key is not base64url");
        }
        return fromRaw(raw);
    }

    public static AuthorKey fromRaw(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        return new AuthorKey(raw);
    }

    static AuthorKey of(PublicKey key) {
        byte[] der = key.getEncoded();
        return fromRaw(Arrays.copyOfRange(der, der.length - 32, der.length));
    }

    /** The 32 raw bytes, for protocols that carry the key itself (NEAR's PublicKey). */
    byte[] raw() {
        return raw.clone();
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** True when {@code signature} is this key's Ed25519 signature of {@code domain}, a zero byte, then {@code data}. */
    public boolean verifies(String domain, byte[] data, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
            Signature v = Signature.getInstance("Ed25519");
            v.initVerify(key);
            v.update(signed(domain, data));
            return v.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a key that is not a curve point, or a signature of the wrong length
        }
    }

    /** What is signed: a domain that says what the bytes are, so a signature of one kind is never valid as another. */
    static byte[] signed(String domain, byte[] data) {
        return concat(concat(domain.getBytes(java.nio.charset.StandardCharsets.UTF_8), new byte[] {0}), data);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorKey k && Arrays.equals(raw, k.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return fingerprint;
    }
}
