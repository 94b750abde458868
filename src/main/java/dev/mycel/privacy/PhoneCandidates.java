package dev.mycel.privacy;

/**
 * The cheap pre-filter in front of libphonenumber: digit runs with the separators phone
 * numbers use, 7 to 15 digits, grouped the way people write phone numbers. Runs glued to
 * words, dates ({@code 2024-01-15}, {@code 15.01.2024}), dotted quads and versions are dropped
 * here, so libphonenumber (~15 µs a call) only sees what could be a number.
 */
final class PhoneCandidates {
    /** How much a candidate already looks like a phone number. */
    enum Kind {
        /** Grouped like a phone number, or international ({@code +44 …}). */
        SHAPED,
        /** Ten or eleven bare digits: a phone number only when a label says so. */
        BARE,
        /** Several numbers in one run ({@code 415-555-0132 / 415-555-0133}): only validated ones count. */
        LIST
    }

    @FunctionalInterface
    interface Sink {
        void candidate(int start, int end, Kind kind);
    }

    private static final int MAX_GROUPS = 12;

    /** North-American grouping (3-3-4) is required of national numbers when the region is US or CA. */
    private final boolean nanp;

    PhoneCandidates(boolean nanp) {
        this.nanp = nanp;
    }

    void each(Scanned text, Sink sink) {
        String s = text.raw();
        int[] groups = new int[MAX_GROUPS];
        char[] seps = new char[MAX_GROUPS];
        int resume = 0;
        for (int k = 0; k < text.numberCount(); k++) {
            int i = text.number(k);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            int start = before == '+' || before == '(' ? i - 1 : i;
            if (start < resume || start > 0 && gluedBefore(s.charAt(start - 1))) {
                continue;
            }
            resume = run(s, start, groups, seps, sink);
        }
    }

    /** Scans one run from {@code start}, reports it when phone-shaped, and returns where scanning resumes. */
    private int run(String s, int start, int[] groups, char[] seps, Sink sink) {
        int n = s.length();
        int count = 0;
        int digits = 0;
        // 00 is how most of the world dials abroad: 0044 20 7946 0958 is +44 20 7946 0958
        boolean plus = s.charAt(start) == '+' || s.startsWith("00", start) && start + 2 < n && s.charAt(start + 2) >= '1'
                && s.charAt(start + 2) <= '9';
        boolean paren = false;
        boolean wide = false;
        char sep = 0;
        int i = plus ? start + 1 : start;
        int lastDigit = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '(' && count == 0) {
                paren = true;
                i++;
                continue;
            }
            if (!Scanned.isDigit(c)) {
                break;
            }
            int from = i;
            while (i < n && Scanned.isDigit(s.charAt(i))) {
                i++;
            }
            if (count == MAX_GROUPS) {
                return skipToken(s, i);
            }
            seps[count] = sep;
            groups[count++] = i - from;
            digits += i - from;
            lastDigit = i;
            sep = 0;
            int sepStart = i;
            while (i < n && i - sepStart < 3 && isSeparator(s.charAt(i))) {
                char d = s.charAt(i++);
                paren |= d == '(' || d == ')';
                sep = d == '(' || d == ')' || sep != 0 && sep != ' ' ? sep : d;
            }
            wide |= i - sepStart >= 2 && sep != ')' && s.charAt(sepStart) != ')' || sep == '/';
            if (i == sepStart || i >= n || !Scanned.isDigit(s.charAt(i)) && s.charAt(i) != '(') {
                break;
            }
        }
        if (lastDigit < 0) {
            return start + 1;
        }
        int end = extensionEnd(s, lastDigit);
        if (end == lastDigit && lastDigit < n && gluedAfter(s, lastDigit)) {
            return skipToken(s, lastDigit);
        }
        if (digits > 15 && digits <= 30 && wide) {
            sink.candidate(start, end, Kind.LIST);
        } else if (digits >= 7 && digits <= 15 && !dateOrQuad(groups, seps, count)) {
            if (count == 1 && !plus) {
                if (digits >= 10 && digits <= 11 && !paren) {
                    sink.candidate(start, end, Kind.BARE);
                }
            } else if (shaped(groups, count, plus, paren)) {
                sink.candidate(start, end, Kind.SHAPED);
            }
        }
        return Math.max(lastDigit, start + 1);
    }

    private boolean shaped(int[] g, int count, boolean plus, boolean paren) {
        for (int k = 1; k < count; k++) {
            if (g[k] < 2 && !(plus && k == 1 && k < count - 1)) {
                return false; // 1-digit groups: "1 2 3 4" is a list, but "+33 1 42 68 53 00" is French
            }
        }
        if (plus || !nanp) {
            return true;
        }
        int k = g[0] == 1 ? 1 : 0; // the trunk "1-" before an area code
        int rest = count - k;
        return rest == 3 && g[k] == 3 && g[k + 1] == 3 && g[k + 2] == 4
                || rest == 2 && g[k] == 3 && g[k + 1] == 7
                || rest == 2 && paren && g[k] == 3 && g[k + 1] == 7;
    }

    /** {@code 2024-01-15}, {@code 15/01/2024}, {@code 15.01.2024 10}, {@code 192.168.1.20}. */
    private static boolean dateOrQuad(int[] g, char[] seps, int count) {
        if (count >= 3 && seps[1] == seps[2] && (seps[1] == '-' || seps[1] == '/' || seps[1] == '.')) {
            boolean ymd = g[0] == 4 && g[1] <= 2 && g[2] <= 2;
            boolean dmy = g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2);
            if (ymd || dmy) {
                return true;
            }
        }
        return count == 4 && seps[1] == '.' && seps[2] == '.' && seps[3] == '.'
                && g[0] <= 3 && g[1] <= 3 && g[2] <= 3 && g[3] <= 3;
    }

    /** {@code x123}, {@code ext. 22}, {@code extension 4}: libphonenumber keeps them with the number. */
    private static int extensionEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 2 && s.charAt(j) == ' ') {
            j++;
        }
        int word = j;
        if (s.regionMatches(true, j, "ext", 0, 3)) {
            j += 3;
            j = s.regionMatches(true, j, "ension", 0, 6) ? j + 6 : j;
            j = j < s.length() && s.charAt(j) == '.' ? j + 1 : j;
        } else if (j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == '#')) {
            j++;
        }
        if (j == word) {
            return i;
        }
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        int d = j;
        while (j < s.length() && j - d < 6 && Scanned.isDigit(s.charAt(j))) {
            j++;
        }
        return j > d && (j >= s.length() || !Scanned.isWord(s.charAt(j))) ? j : i;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00a0' || c == '\u2013';
    }

    /** What glues digits to a longer token before them: ids, versions, paths, amounts, hashes. */
    private static boolean gluedBefore(char c) {
        return Scanned.isWord(c) || c == '.' || c == '-' || c == '/' || c == '+' || c == '#' || c == '$'
                || c == '€' || c == '£' || c == '@' || c == '\\';
    }

    /** A letter right after, or a dot/dash/colon/comma going on into more digits: part of a longer token. */
    private static boolean gluedAfter(String s, int i) {
        char c = s.charAt(i);
        if (Scanned.isWord(c)) {
            return true;
        }
        return (c == '.' || c == '-' || c == ':' || c == '/' || c == ',') && i + 1 < s.length()
                && Scanned.isDigit(s.charAt(i + 1));
    }

    private static int skipToken(String s, int i) {
        int j = i;
        while (j < s.length() && (Scanned.isWord(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '-'
                || s.charAt(j) == ':' || s.charAt(j) == '+')) {
            j++;
        }
        return Math.max(j, i + 1);
    }
}
