package dev.mycel.privacy;

/**
 * Where an assigned value is: inside its quotes ({@code "…"}, {@code '…'}, {@code `…`}, or
 * {@code \"…\"} in JSON embedded in a string, escapes honoured, on one line), or, unquoted, up
 * to the first blank or delimiter.
 */
record ValueText(int start, int end, boolean quoted) {

    static ValueText at(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            int close = Scanned.indexOf(s, "\\\"", i + 2, i + 2000);
            int newline = Scanned.indexOf(s, '\n', i, i + 2000);
            return close > i + 2 && (newline < 0 || newline > close) && close - i < 2000
                    ? new ValueText(i + 2, close, true) : null;
        }
        if (c == '"' || c == '\'' || c == '`') {
            int j = i + 1;
            while (j < s.length() && j - i < 2000 && s.charAt(j) != c && s.charAt(j) != '\n') {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return j < s.length() && s.charAt(j) == c && j > i + 1 ? new ValueText(i + 1, j, true) : null;
        }
        int j = i;
        while (j < s.length() && j - i < 2000 && !stops(s.charAt(j))) {
            j++;
        }
        return j > i ? new ValueText(i, j, false) : null;
    }

    String text(String s) {
        return s.substring(start, end);
    }

    private static boolean stops(char c) {
        return c <= ' ' || c == ',' || c == ';' || c == '&' || c == '"' || c == '\'' || c == '<' || c == '>'
                || c == ')' || c == ']' || c == '}' || c == '(' || c == '[' || c == '`';
    }
}
