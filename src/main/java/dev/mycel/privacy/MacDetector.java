package dev.mycel.privacy;

import java.util.List;

/**
 * MAC addresses: six hex pairs joined by one kind of separator ({@code 00:1A:2B:3C:4D:5E},
 * {@code 00-1a-2b-3c-4d-5e}) or Cisco's three dotted quads ({@code 001a.2b3c.4d5e}). The
 * all-zero and broadcast addresses identify no device and are left alone.
 */
final class MacDetector implements Detector {

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        int n = s.length();
        for (char sep : new char[] {':', '-'}) {
            for (int p = s.indexOf(sep, 2); p >= 0; p = s.indexOf(sep, p + 1)) {
                int start = p - 2;
                if (start + 17 <= n && Scanned.isHex(s.charAt(start)) && Scanned.isHex(s.charAt(start + 1))
                        && bounded(s, start, start + 17) && pairs(s, start, sep)) {
                    add(s, start, start + 17, out);
                    p = start + 16;
                }
            }
        }
        for (int p = s.indexOf('.', 4); p >= 0; p = s.indexOf('.', p + 1)) {
            int start = p - 4;
            if (start + 14 <= n && Scanned.isHex(s.charAt(start)) && bounded(s, start, start + 14) && cisco(s, start)) {
                add(s, start, start + 14, out);
                p = start + 13;
            }
        }
    }

    private static boolean pairs(String s, int start, char sep) {
        for (int k = 0; k < 17; k++) {
            char c = s.charAt(start + k);
            if (k % 3 == 2 ? c != sep : !Scanned.isHex(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cisco(String s, int start) {
        for (int k = 0; k < 14; k++) {
            char c = s.charAt(start + k);
            if (k == 4 || k == 9 ? c != '.' : !Scanned.isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /** Nothing hex-like, word-like or another separator glued to either end. */
    private static boolean bounded(String s, int start, int end) {
        if (end > s.length()) {
            return false;
        }
        if (start > 0) {
            char b = s.charAt(start - 1);
            if (Scanned.isWord(b) || b == ':' || b == '-' || b == '.') {
                return false;
            }
        }
        if (end < s.length()) {
            char a = s.charAt(end);
            return !Scanned.isWord(a) && a != ':' && a != '-' && !(a == '.' && end + 1 < s.length()
                    && Scanned.isWord(s.charAt(end + 1)));
        }
        return true;
    }

    private static void add(String s, int start, int end, List<Span> out) {
        String mac = s.substring(start, end).toLowerCase(java.util.Locale.ROOT).replaceAll("[^0-9a-f]", "");
        if (!mac.equals("000000000000") && !mac.equals("ffffffffffff")) {
            out.add(new Span(PiiType.MAC, start, end));
        }
    }
}
