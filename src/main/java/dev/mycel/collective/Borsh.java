package dev.mycel.collective;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The writing half of Borsh (borsh.io), as NEAR serialises transactions: integers little-endian
 * at their fixed width, a string or byte vector as a u32 length then its bytes, a fixed array as
 * its bytes alone, an enum as its u8 variant index then the variant's fields.
 */
final class Borsh {
    private static final BigInteger U128_LIMIT = BigInteger.ONE.shiftLeft(128);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Borsh u8(int v) {
        out.write(v);
        return this;
    }

    Borsh u32(long v) {
        return little(v, 4);
    }

    Borsh u64(long v) {
        return little(v, 8);
    }

    Borsh u128(BigInteger v) {
        if (v.signum() < 0 || v.compareTo(U128_LIMIT) >= 0) {
            throw new IllegalArgumentException("not a u128: " + v);
        }
        byte[] be = v.toByteArray();
        for (int i = 0; i < 16; i++) {
            int j = be.length - 1 - i;
            out.write(j >= 0 ? be[j] : 0);
        }
        return this;
    }

    Borsh string(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@code Vec<u8>}: its length, then the bytes. */
    Borsh bytes(byte[] b) {
        u32(b.length);
        out.writeBytes(b);
        return this;
    }

    /** A {@code [u8; N]}: the bytes alone; the schema fixes N. */
    Borsh fixed(byte[] b, int n) {
        if (b.length != n) {
            throw new IllegalArgumentException("expected " + n + " bytes, not " + b.length);
        }
        out.writeBytes(b);
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    private Borsh little(long v, int width) {
        for (int i = 0; i < width; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
        return this;
    }
}
