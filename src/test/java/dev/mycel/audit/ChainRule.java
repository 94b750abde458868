package dev.mycel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chaining rule written down a second time, independently of {@link EntryFormat}, so the
 * tests check the documented rule rather than the code against itself; also what a tamperer
 * uses to recompute a hash.
 */
final class ChainRule {
    private static final Pattern HASH_MEMBER = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"}$");

    private ChainRule() {
    }

    /** SHA-256 of the line without its final {@code ,"hash":"…"} member. */
    static String hashOf(String line) {
        Matcher m = HASH_MEMBER.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("not an entry line: " + line);
        }
        return sha256(line.substring(0, m.start()) + "}");
    }

    static String storedHash(String line) {
        Matcher m = HASH_MEMBER.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("not an entry line: " + line);
        }
        return m.group(1);
    }

    /** The line with its hash recomputed, as a tamperer who knows the rule would write it. */
    static String rehash(String line) {
        Matcher m = HASH_MEMBER.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("not an entry line: " + line);
        }
        String body = line.substring(0, m.start());
        return body + ",\"hash\":\"" + sha256(body + "}") + "\"}";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
