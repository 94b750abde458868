package dev.mycel.privacy;

import java.util.List;

/**
 * Payment card numbers: 13 to 19 digits, written together or in groups split by single spaces
 * or dashes, passing the Luhn check and starting with a known issuer prefix (Visa, Mastercard,
 * Amex, Discover, Diners, JCB, UnionPay, Maestro, Mir) with a length that issuer uses. When
 * more digits follow in the same run ({@code 4111 1111 1111 1111 12/27}), the longest valid
 * leading groups are the card.
 */
final class LuhnCardDetector implements Detector {
    private static final int MAX_GROUPS = 8;

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        int resume = 0;
        for (int k = 0; k < text.numberCount(); k++) {
            int i = text.number(k);
            if (i >= resume && (i == 0 || !glued(s.charAt(i - 1)))) {
                resume = run(s, i, out);
            }
        }
    }

    /** Reads one run of digit groups starting at {@code start}; returns the index after it. */
    private static int run(String s, int start, List<Span> out) {
        int n = s.length();
        int[] groupEnd = new int[MAX_GROUPS];
        int count = 0;
        char sep = 0;
        int i = start;
        while (true) {
            int from = i;
            while (i < n && Scanned.isDigit(s.charAt(i))) {
                i++;
            }
            if (count == MAX_GROUPS || i - from > 19) {
                return i;
            }
            groupEnd[count++] = i;
            if (i + 1 < n && (s.charAt(i) == ' ' || s.charAt(i) == '-') && Scanned.isDigit(s.charAt(i + 1))
                    && (sep == 0 || sep == s.charAt(i))) {
                sep = s.charAt(i);
                i++;
            } else {
                break;
            }
        }
        if (i < n && (Scanned.isWord(s.charAt(i)) || (s.charAt(i) == '.' || s.charAt(i) == ',')
                && i + 1 < n && Scanned.isDigit(s.charAt(i + 1)))) {
            return i; // 4111111111111111abc or 1234567890123.45: part of something longer
        }
        for (int k = count; k >= 1; k--) {
            if (k > 1 && !groupsPlausible(s, start, groupEnd, k) || k < count && groupEnd[k] - groupEnd[k - 1] > 4) {
                continue; // a fifth group of four or more digits: one long number, not a card and an expiry date
            }
            String digits = digitsOf(s, start, groupEnd[k - 1]);
            if (digits.length() >= 13 && digits.length() <= 19 && issuerLength(digits) && luhn(digits)) {
                out.add(new Span(PiiType.CARD, start, groupEnd[k - 1]));
                return groupEnd[k - 1];
            }
        }
        return groupEnd[0]; // the next group may begin a card of its own ("Visa 13 4222222222222")
    }

    /** Grouped numbers use groups of 3 to 6 digits (4-4-4-4, Amex 4-6-5, 19-digit 4-4-4-4-3), the first of 4. */
    private static boolean groupsPlausible(String s, int start, int[] groupEnd, int k) {
        int from = start;
        for (int g = 0; g < k; g++) {
            int len = groupEnd[g] - from;
            if (g == 0 ? len != 4 : len < 3 || len > 6) {
                return false;
            }
            from = groupEnd[g] + 1;
        }
        return true;
    }

    private static String digitsOf(String s, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Scanned.isDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** The issuer prefixes (IIN ranges) in use, each with the lengths that issuer's cards have. */
    static boolean issuerLength(String d) {
        int len = d.length();
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        int p6 = Integer.parseInt(d.substring(0, 6));
        if (d.charAt(0) == '4') {
            return len == 13 || len == 16 || len == 19; // Visa
        }
        if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
            return len == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15; // American Express
        }
        if (p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || p6 >= 622126 && p6 <= 622925) {
            return len >= 16; // Discover
        }
        if (p3 >= 300 && p3 <= 305 || p3 == 309 || p2 == 36 || p2 == 38 || p2 == 39) {
            return len >= 14; // Diners Club
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return len >= 16; // JCB
        }
        if (p2 == 62 || p2 == 81) {
            return len >= 16; // UnionPay
        }
        if (p4 >= 2200 && p4 <= 2204) {
            return len == 16; // Mir
        }
        return switch (p4) { // Maestro
            case 5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763 -> true;
            default -> false;
        };
    }

    private static boolean glued(char c) {
        return c == '-' || c == '.' || c == '/' || c == '#' || c == '$' || c == '+';
    }
}
