package dev.mycel.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a key name ({@code DB_PASSWORD}, {@code clientSecret}, {@code api-key},
 * {@code spring.datasource.password}) names a secret. The key is split into words at
 * {@code _ . -} and camel-case humps; its last word (or last two) must be a secret word, so
 * {@code password_length}, {@code max_tokens}, {@code token_type}, {@code public_key} and
 * {@code bypass} are not secrets.
 */
final class SecretKeyNames {
    private static final Set<String> LAST_WORDS = Set.of("password", "passwd", "passphrase", "pass", "pwd", "pw",
            "secret", "token", "credential", "credentials", "apikey", "pin", "authorization", "passcode");
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "access", "secret", "private", "signing",
            "encryption", "master", "app", "application", "license", "consumer", "account", "auth", "client",
            "service", "subscription", "session", "shared", "hmac", "jwt", "webhook", "storage", "deploy", "ssh");

    /** Words that make a key a setting about secrets rather than a secret. */
    private static final Set<String> MEASURES = Set.of("per", "max", "min", "num", "count", "length", "len", "limit",
            "size", "total", "ttl", "expiry", "expires", "timeout", "rotation", "policy", "type", "format", "prefix",
            "field", "label", "hint", "header");

    /** The last two letters of every secret key name, for a test that needs no splitting. */
    private static final Set<String> ENDINGS = endings();

    private SecretKeyNames() {
    }

    /** Whether the key ending at {@code end} in lower-cased text can name a secret at all (cheap, before {@link #words}). */
    static boolean mayEndSecret(String lower, int end) {
        return end >= 2 && ENDINGS.contains(lower.substring(end - 2, end));
    }

    private static Set<String> endings() {
        Set<String> endings = new java.util.HashSet<>();
        for (String w : LAST_WORDS) {
            endings.add(w.substring(w.length() - 2));
        }
        endings.add("ey");
        return Set.copyOf(endings);
    }

    /** The words of a key name, lower-cased: {@code dbPassword} and {@code DB-PASSWORD} both give [db, password]. */
    static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1));
            if (c == '_' || c == '.' || c == '-' || hump) {
                if (!w.isEmpty()) {
                    words.add(w.toString().toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
                if (hump) {
                    w.append(c);
                }
            } else {
                w.append(c);
            }
        }
        if (!w.isEmpty()) {
            words.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * A label as the one spelling the key lists use: {@code Customer Name}, {@code customerName} and
     * {@code customer-name} all give {@code customer_name} (a name label's or a table header's key).
     */
    static String snakeCase(String label) {
        return String.join("_", words(label.replace(' ', '_')));
    }

    static boolean secret(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (MEASURES.contains(words.get(i))) {
                return false; // ms_per_token, max_token, password_min: settings about secrets
            }
        }
        String last = words.getLast();
        if (LAST_WORDS.contains(last)) {
            return true;
        }
        return last.equals("key") && words.size() >= 2 && KEY_QUALIFIERS.contains(words.get(words.size() - 2));
    }

    /** {@code pwd} is also the shell's working directory: a path after it is not a password. */
    static boolean pathMeansDirectory(List<String> words) {
        return words.getLast().equals("pwd");
    }
}
