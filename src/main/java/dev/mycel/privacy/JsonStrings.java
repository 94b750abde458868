package dev.mycel.privacy;

/**
 * Which offsets of a JSON document fall inside string literals, answered while walking forward
 * once (queries must come in increasing order, as {@link Restorer} makes them).
 */
final class JsonStrings {
    private final String text;
    private int at;
    private boolean inside;

    JsonStrings(String text) {
        this.text = text;
    }

    /** A text that is a JSON object or array, as tool-call arguments are. */
    static boolean isDocument(String text) {
        String t = text.strip();
        return t.length() >= 2 && (t.charAt(0) == '{' && t.charAt(t.length() - 1) == '}'
                || t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']' && !Restorer.isPlaceholder(t));
    }

    /** Whether offset {@code i} is inside a string literal. */
    boolean inside(int i) {
        while (at < i) {
            char c = text.charAt(at);
            if (inside && c == '\\') {
                at += 2;
                continue;
            }
            if (c == '"') {
                inside = !inside;
            }
            at++;
        }
        return inside;
    }
}
