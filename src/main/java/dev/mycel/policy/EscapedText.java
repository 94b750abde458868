package dev.mycel.policy;

/**
 * C-style escapes (\x63, \143, \u0063) in a string, decoded. Code that spells plain letters
 * this way is hiding them; escapes for control characters (colours, NUL) are ordinary.
 *
 * @param decoded the text with the escapes replaced by the characters they stand for
 * @param printableEscapes how many escapes stood for a visible ASCII character
 */
record EscapedText(String decoded, int printableEscapes) {

    /** Two escaped letters are already a word nobody writes that way by accident. */
    boolean hidesText() {
        return printableEscapes >= 2;
    }

    static EscapedText of(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int printable = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            int[] parsed = escape(s, i + 1);
            if (parsed == null) {
                out.append(c).append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            out.appendCodePoint(parsed[0]);
            printable += parsed[0] >= 0x20 && parsed[0] <= 0x7e ? 1 : 0;
            i = parsed[1];
        }
        return new EscapedText(out.toString(), printable);
    }

    /** {code point, index after the escape} for a numeric escape starting at {@code at}, or null. */
    private static int[] escape(String s, int at) {
        char k = s.charAt(at);
        return switch (k) {
            case 'x' -> number(s, at + 1, 2, 16);
            case 'u' -> at + 1 < s.length() && s.charAt(at + 1) == '{' ? braced(s, at + 2) : number(s, at + 1, 4, 16);
            case 'U' -> number(s, at + 1, 8, 16);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> number(s, at, 3, 8);
            default -> null;
        };
    }

    private static int[] number(String s, int from, int maxDigits, int radix) {
        int end = from;
        while (end < s.length() && end - from < maxDigits && Character.digit(s.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == from) {
            return null;
        }
        int value = Integer.parseInt(s.substring(from, end), radix);
        return value > Character.MAX_CODE_POINT ? null : new int[] {value, end};
    }

    private static int[] braced(String s, int from) {
        int close = s.indexOf('}', from);
        if (close < 0 || close == from || close - from > 6) {
            return null;
        }
        int[] n = number(s, from, close - from, 16);
        return n == null || n[1] != close ? null : new int[] {n[0], close + 1};
    }
}
