package dev.mycel.privacy;

/**
 * A run of capitalised name words at one place in a text: {@code Jane Smith},
 * {@code John F. Kennedy}, {@code Ludwig van Beethoven}, {@code Mary-Kate O'Neil},
 * {@code Ronald McDonald}. Words that are all capitals or camel-case ({@code JSON},
 * {@code JavaScript}) are not name words; a word that never follows a given name
 * ({@code Street}, {@code Monday}, {@code Inc}) ends the run.
 */
record NameRun(int start, int end, int words, String first, String second) {
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "von", "de", "der", "den", "da",
            "di", "del", "della", "la", "le", "du", "bin", "ibn", "al", "el", "ter", "dos", "das");

    /** The run of at most {@code max} words starting at {@code start}, or null when no name word starts there. */
    static NameRun at(String s, int start, int max) {
        int first = wordEnd(s, start);
        if (first < 0) {
            return null;
        }
        int end = first;
        int words = 1;
        String second = null;
        while (words < max && end + 1 < s.length() && s.charAt(end) == ' ') {
            int wordStart = end + 1;
            int initial = initialEnd(s, wordStart);
            wordStart = initial > 0 ? initial : wordStart;
            for (int particle = particleEnd(s, wordStart); particle > 0; particle = particleEnd(s, wordStart)) {
                wordStart = particle; // van der Berg
            }
            int w = wordEnd(s, wordStart);
            if (w < 0) {
                break;
            }
            String word = s.substring(wordStart, w);
            if (NameWords.NOT_SURNAMES.contains(word)) {
                break;
            }
            second = second == null ? word : second;
            end = w;
            words++;
        }
        return new NameRun(start, end, words, s.substring(start, first), second);
    }

    /** The end of one name word at {@code i}, or -1. */
    static int wordEnd(String s, int i) {
        int n = s.length();
        int j = i;
        if (j + 2 < n && (s.charAt(j) == 'O' || s.charAt(j) == 'D') && (s.charAt(j + 1) == '\'' || s.charAt(j + 1) == '’')) {
            j += 2; // O'Neil, D'Angelo
        }
        if (j >= n || !Character.isUpperCase(s.charAt(j))) {
            return -1;
        }
        int prefixEnd = s.startsWith("Mac", j) ? j + 3 : s.startsWith("Mc", j) ? j + 2 : -1;
        j++;
        int lower = 0;
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isLowerCase(c)) {
                lower++;
                j++;
            } else if (j == prefixEnd && Character.isUpperCase(c)) {
                j++; // McDonald, MacArthur
            } else if (c == '-' && j + 2 < n && Character.isUpperCase(s.charAt(j + 1))
                    && Character.isLowerCase(s.charAt(j + 2))) {
                j += 2; // Mary-Kate, Smith-Jones
            } else {
                break;
            }
        }
        if (lower == 0 || j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            return -1;
        }
        return j;
    }

    /** {@code F. } in {@code John F. Kennedy}: the index of the next word, or -1. */
    private static int initialEnd(String s, int i) {
        return i + 3 < s.length() && Character.isUpperCase(s.charAt(i)) && s.charAt(i + 1) == '.' && s.charAt(i + 2) == ' '
                ? i + 3 : -1;
    }

    /** {@code van } in {@code Vincent van Gogh}: the index of the next word, or -1. */
    private static int particleEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 6 && Character.isLowerCase(s.charAt(j))) {
            j++;
        }
        return j > i && j + 1 < s.length() && s.charAt(j) == ' ' && PARTICLES.contains(s.substring(i, j)) ? j + 1 : -1;
    }
}
