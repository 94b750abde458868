package dev.mycel.privacy;

/**
 * A text being scanned, with an ASCII-lower-cased twin of the same length so detectors can
 * look for keywords with {@link String#indexOf} instead of case-insensitive regexes (Unicode
 * lower-casing could change the length and with it every offset).
 */
record Scanned(String raw, String lower) {

    static Scanned of(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new Scanned(text, new String(c));
    }

    int length() {
        return raw.length();
    }

    char at(int i) {
        return i >= 0 && i < raw.length() ? raw.charAt(i) : '\0';
    }

    /** Letters, digits and underscore, the characters that glue a match to a longer token. */
    static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    boolean wordAt(int i) {
        return i >= 0 && i < raw.length() && isWord(raw.charAt(i));
    }
}
