package dev.mycel.policy;

import java.util.Locale;

/**
 * Reads string and number literals the way python and javascript do, so the rules see the
 * text the program sees: {@code "\x73ystem"} is "system", and was spelled to hide it.
 */
final class Literals {

    /** A decoded literal and how many of its escapes stood for visible letters. */
    record Unescaped(String text, int hidingEscapes) {
        boolean hides() {
            return hidingEscapes >= 2;
        }
    }

    private Literals() {
    }

    /**
     * Decodes backslash escapes. Javascript ({@code identityEscapes}) turns an unknown escape
     * into the letter itself ("\e" is "e"), which counts as hiding; python keeps the backslash.
     */
    static Unescaped unescape(String s, boolean identityEscapes) {
        if (s.indexOf('\\') < 0) {
            return new Unescaped(s, 0);
        }
        StringBuilder out = new StringBuilder(s.length());
        int hiding = EscapedText.of(s).printableEscapes();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            char k = s.charAt(i + 1);
            int simple = simpleEscape(k);
            if (simple >= 0) {
                out.append((char) simple);
                i += 2;
            } else if (k == '\n') {
                i += 2;
            } else if (k == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{' && s.indexOf('}', i) > 0) {
                int close = s.indexOf('}', i);
                i = named(s.substring(i + 3, close), out) ? close + 1 : appendRaw(out, s, i);
                hiding += 1;
            } else if ("xuU01234567".indexOf(k) >= 0) {
                i = numeric(s, i, out);
            } else if (identityEscapes) {
                out.append(k);
                hiding += Character.isLetterOrDigit(k) ? 1 : 0;
                i += 2;
            } else {
                i = appendRaw(out, s, i);
            }
        }
        return new Unescaped(out.toString(), hiding);
    }

    private static int simpleEscape(char k) {
        return switch (k) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case '`' -> '`';
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 11;
            default -> -1;
        };
    }

    private static int appendRaw(StringBuilder out, String s, int i) {
        out.append('\\').append(s.charAt(i + 1));
        return i + 2;
    }

    private static boolean named(String name, StringBuilder out) {
        try {
            out.appendCodePoint(Character.codePointOf(name));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One numeric escape at {@code i} (the backslash): hex x41, u0041, u{41}, U00000041 or octal 101. */
    private static int numeric(String s, int i, StringBuilder out) {
        char k = s.charAt(i + 1);
        if (k == 'u' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
            int close = s.indexOf('}', i + 3);
            Integer cp = close < 0 || close - (i + 3) > 6 ? null : codePoint(s, i + 3, close, 16);
            return cp == null ? appendRaw(out, s, i) : append(out, cp, close + 1);
        }
        int from = k >= '0' && k <= '7' ? i + 1 : i + 2;
        int max = switch (k) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 3;
        };
        int radix = from == i + 1 ? 8 : 16;
        int end = from;
        while (end < s.length() && end - from < max && Character.digit(s.charAt(end), radix) >= 0) {
            end++;
        }
        Integer cp = codePoint(s, from, end, radix);
        return cp == null ? appendRaw(out, s, i) : append(out, cp, end);
    }

    private static Integer codePoint(String s, int from, int end, int radix) {
        if (end <= from) {
            return null;
        }
        try {
            int cp = Integer.parseInt(s.substring(from, end), radix);
            return cp > Character.MAX_CODE_POINT ? null : cp;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int append(StringBuilder out, int codePoint, int next) {
        out.appendCodePoint(codePoint);
        return next;
    }

    /** An integer literal in python or javascript syntax (0o755, 0x1ed, 493, 0755 in old js), or null. */
    static Long integer(String literal) {
        String s = literal.replace("_", "").toLowerCase(Locale.ROOT);
        if (s.endsWith("n") || s.endsWith("l")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            if (s.startsWith("0o")) {
                return Long.parseLong(s.substring(2), 8);
            }
            if (s.startsWith("0x")) {
                return Long.parseLong(s.substring(2), 16);
            }
            if (s.startsWith("0b")) {
                return Long.parseLong(s.substring(2), 2);
            }
            if (s.length() > 1 && s.startsWith("0") && s.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(s.substring(1), 8);
            }
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
