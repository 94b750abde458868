package dev.mycel.privacy;

import java.util.List;

/**
 * US Social Security numbers: {@code AAA-GG-SSSS} anywhere, and the spaced or unbroken forms
 * only after an SSN label, since nine bare digits are usually something else. Numbers the SSA
 * never issues are not SSNs: area 000, 666 or 900-999, group 00, serial 0000.
 */
final class SsnDetector implements Detector {
    private static final String[] LABELS = {"ssn", "social security", "soc sec", "ss#", "ss #", "ss no"};

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        for (int p = s.indexOf('-'); p >= 0; p = s.indexOf('-', p + 1)) {
            if (p >= 3 && shape(s, p - 3, '-') && valid(s, p - 3)) {
                out.add(new Span(PiiType.SSN, p - 3, p + 8));
                p += 7;
            }
        }
        for (String label : LABELS) {
            for (int at : text.hits(label)) {
                if (at > 0 && Character.isLetter(s.charAt(at - 1))) {
                    continue;
                }
                labelled(s, at + label.length(), out);
            }
        }
    }

    @Override
    public java.util.Set<String> keywords() {
        return java.util.Set.of(LABELS);
    }

    /** After a label: the first digits within 30 characters, spaced ({@code 078 05 1120}) or bare. */
    private static void labelled(String s, int from, List<Span> out) {
        int limit = Math.min(s.length(), from + 30);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (Scanned.isDigit(c)) {
                if (i > 0 && Scanned.isWord(s.charAt(i - 1))) {
                    return;
                }
                if (shape(s, i, ' ') && valid(s, i)) {
                    out.add(new Span(PiiType.SSN, i, i + 11));
                } else if (bare(s, i) && valid(s, i)) {
                    out.add(new Span(PiiType.SSN, i, i + 9));
                }
                return;
            }
            if (c == '\n') {
                return;
            }
        }
    }

    /** {@code DDD<sep>DD<sep>DDDD} at {@code i} with nothing number-like glued to either end. */
    private static boolean shape(String s, int i, char sep) {
        if (i + 11 > s.length() || i > 0 && glued(s.charAt(i - 1))) {
            return false;
        }
        for (int k = 0; k < 11; k++) {
            char c = s.charAt(i + k);
            boolean wanted = k == 3 || k == 6 ? c == sep : Scanned.isDigit(c);
            if (!wanted) {
                return false;
            }
        }
        return i + 11 == s.length() || !glued(s.charAt(i + 11)) && !(s.charAt(i + 11) == '.'
                && i + 12 < s.length() && Scanned.isDigit(s.charAt(i + 12)));
    }

    private static boolean bare(String s, int i) {
        if (i + 9 > s.length()) {
            return false;
        }
        for (int k = 0; k < 9; k++) {
            if (!Scanned.isDigit(s.charAt(i + k))) {
                return false;
            }
        }
        return i + 9 == s.length() || !Scanned.isWord(s.charAt(i + 9));
    }

    /** Area, group and serial ranges the SSA assigns; the digits start at {@code i}, separators or not. */
    static boolean valid(String s, int i) {
        String digits = s.substring(i, Math.min(s.length(), i + 11)).replaceAll("[^0-9]", "");
        if (digits.length() < 9) {
            return false;
        }
        int area = Integer.parseInt(digits.substring(0, 3));
        int group = Integer.parseInt(digits.substring(3, 5));
        int serial = Integer.parseInt(digits.substring(5, 9));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    private static boolean glued(char c) {
        return Scanned.isWord(c) || c == '-' || c == '/' || c == '+';
    }
}
