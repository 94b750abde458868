package dev.mycel.audit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The SHA-256 and UTF-8 length of a piece of code. It can only be made by hashing code, so a
 * 64-hex value in the log's {@code codeSha256} field is always a digest, never a token that
 * a caller put there.
 */
public final class CodeDigest {
    private final String sha256;
    private final long bytes;

    private CodeDigest(String sha256, long bytes) {
        this.sha256 = sha256;
        this.bytes = bytes;
    }

    public static CodeDigest of(String code) {
        byte[] utf8 = Objects.requireNonNull(code, "code").getBytes(StandardCharsets.UTF_8);
        return new CodeDigest(EntryFormat.sha256Hex(utf8, utf8.length), utf8.length);
    }

    public String sha256() {
        return sha256;
    }

    public long bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeDigest other && other.sha256.equals(sha256) && other.bytes == bytes;
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "CodeDigest[sha256=" + sha256 + ", bytes=" + bytes + "]";
    }
}
