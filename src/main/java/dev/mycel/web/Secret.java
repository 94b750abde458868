package dev.mycel.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A 256-bit random value handed to a browser (login token, session cookie, surface capability).
 * The server keeps only its SHA-256 digest as a map key, so a lookup never compares secrets
 * byte by byte and a heap dump holds no usable value. {@code toString} never shows the value.
 */
record Secret(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static Secret random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The digest of what a browser presented; null and junk digest like anything else and simply miss. */
    static String digestOf(String presented) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((presented == null ? "" : presented).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String digest() {
        return digestOf(value);
    }

    /** A short random label that is not a secret (session labels, surface ids, nonces). */
    static String label(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
