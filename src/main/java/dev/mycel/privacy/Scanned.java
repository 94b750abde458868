package dev.mycel.privacy;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text being scanned, with what every detector needs computed once: an ASCII-lower-cased
 * twin of the same length (keywords are found with {@link String#indexOf} instead of
 * case-insensitive regexes; Unicode lower-casing could change the length and every offset),
 * the positions where tokens start with a digit or a capital, and where the detectors'
 * keywords are. Detectors visit only the starts they care about instead of
 * each walking every character, which is what keeps redaction above 20 MB/s.
 */
final class Scanned {
    private final String raw;
    private final String lower;
    private final int[] numbers;
    private final int numberCount;
    private final int[] capitals;
    private final int capitalCount;
    private final Keywords keywords;
    private final int[][] hits;

    private Scanned(String raw, String lower, int[] numbers, int numberCount,
                    int[] capitals, int capitalCount, Keywords keywords, int[][] hits) {
        this.raw = raw;
        this.lower = lower;
        this.numbers = numbers;
        this.numberCount = numberCount;
        this.capitals = capitals;
        this.capitalCount = capitalCount;
        this.keywords = keywords;
        this.hits = hits;
    }

    static Scanned of(String text, Keywords keywords) {
        String lower = lowerCase(text);
        int length = text.length();
        int[] numbers = new int[Math.max(16, length / 24)];
        int[] capitals = new int[Math.max(16, length / 24)];
        int n = 0;
        int k = 0;
        boolean inWord = false;
        for (int i = 0; i < length; i++) {
            char lc = lower.charAt(i);
            boolean word = isWord(lc);
            if (word && !inWord) {
                if (lc >= '0' && lc <= '9') {
                    if (n == numbers.length) {
                        numbers = Arrays.copyOf(numbers, n * 2);
                    }
                    numbers[n++] = i;
                } else if (lc != text.charAt(i) || lc > 127 && Character.isUpperCase(text.charAt(i))) {
                    if (k == capitals.length) {
                        capitals = Arrays.copyOf(capitals, k * 2);
                    }
                    capitals[k++] = i;
                }
            }
            inWord = word;
        }
        return new Scanned(text, lower, numbers, n, capitals, k, keywords, keywords.find(lower));
    }

    /** Lower case at the same offsets: String's own when it keeps the length (it does unless the text has a dotted İ). */
    private static String lowerCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() == text.length()) {
            return lower;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] >= 'A' && c[i] <= 'Z' ? (char) (c[i] + 32) : c[i];
        }
        return new String(c);
    }

    String raw() {
        return raw;
    }

    String lower() {
        return lower;
    }

    int length() {
        return raw.length();
    }

    /** Where tokens start with a digit ({@code 42}, {@code 4111}, {@code 2024-01-15}, but not {@code v2}). */
    int numberCount() {
        return numberCount;
    }

    int number(int k) {
        return numbers[k];
    }

    /** Where tokens start with a capital letter. */
    int capitalCount() {
        return capitalCount;
    }

    int capital(int k) {
        return capitals[k];
    }

    /** Where {@code keyword} (registered through {@link Detector#keywords}) starts in the lower-cased text, in order. */
    int[] hits(String keyword) {
        return hits[keywords.id(keyword)];
    }

    /**
     * The first {@code str} in {@code s[from, to)}, or -1. Searches near a match are bounded like this
     * everywhere: one that could run to the end of the text from every half-match would make a text
     * full of them ({@code <password>} a thousand times) cost quadratic time.
     */
    static int indexOf(String s, String str, int from, int to) {
        return s.indexOf(str, Math.max(0, from), Math.min(to, s.length()));
    }

    /** The first {@code c} in {@code s[from, to)}, or -1. */
    static int indexOf(String s, char c, int from, int to) {
        return s.indexOf(c, Math.max(0, from), Math.min(to, s.length()));
    }

    /** The last {@code c} in {@code s[from, to)}, or -1. */
    static int lastIndexOf(String s, char c, int from, int to) {
        for (int i = Math.min(to, s.length()) - 1; i >= Math.max(0, from); i--) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Letters, digits and underscore, the characters that glue a match to a longer token. */
    static boolean isWord(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
