package dev.mycel.privacy;

import java.util.function.Function;

/**
 * Puts real values back where exact placeholders ({@code [EMAIL_1]}) stand. Only the exact
 * form is restored: {@code EMAIL_1}, {@code [email_1]} or {@code [EMAIL 1]} are left as they
 * are, since guessing what a model meant could put a value where it was never asked for.
 * Text that is a JSON document (tool-call arguments) gets values escaped where they land
 * inside a JSON string, so a password holding {@code "} cannot break or extend the document.
 */
final class Restorer {
    private Restorer() {
    }

    /** How values are written back. */
    enum Mode {
        /** As they are; inside the JSON strings of a text that is a JSON document, escaped. */
        AUTO,
        /** Always escaped as JSON string content. */
        JSON
    }

    static String restore(String text, Function<String, String> values, Mode mode) {
        StringBuilder out = null;
        int copied = 0;
        JsonStrings strings = mode == Mode.AUTO && JsonStrings.isDocument(text) ? new JsonStrings(text) : null;
        for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
            int close = placeholderEnd(text, open);
            if (close < 0) {
                continue;
            }
            String value = values.apply(text.substring(open, close));
            if (value == null) {
                continue; // not ours (or no longer held): leave it for the reader to see
            }
            out = out == null ? new StringBuilder(text.length() + 64) : out;
            out.append(text, copied, open);
            if (mode == Mode.JSON || strings != null && strings.inside(open)) {
                escapeJson(value, out);
            } else {
                out.append(value);
            }
            copied = close;
            open = close - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    static boolean isPlaceholder(String s) {
        return !s.isEmpty() && s.charAt(0) == '[' && placeholderEnd(s, 0) == s.length();
    }

    /** The index after {@code [LABEL_N]} starting at {@code open}, or -1. */
    static int placeholderEnd(String s, int open) {
        int i = open + 1;
        while (i < s.length() && i - open <= 16 && (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z' || s.charAt(i) == '_')) {
            i++;
        }
        int labelEnd = i - 1;
        if (i >= s.length() || !Scanned.isDigit(s.charAt(i)) || labelEnd <= open + 1 || s.charAt(labelEnd) != '_') {
            return -1;
        }
        int digits = i;
        while (i < s.length() && i - digits < 9 && Scanned.isDigit(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != ']') {
            return -1;
        }
        return PiiType.ofLabel(s.substring(open + 1, labelEnd)) == null ? -1 : i + 1;
    }

    private static void escapeJson(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
