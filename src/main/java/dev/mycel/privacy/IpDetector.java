package dev.mycel.privacy;

import java.util.List;
import java.util.Set;

/**
 * IPv4 and IPv6 addresses. IPv4: four decimal octets 0-255 without leading zeros, not part
 * of a longer dotted number (OIDs, versions {@code 1.2.3.4.5}) and not after a version word.
 * IPv6: hex groups with at most one {@code ::}, eight groups in all (an embedded IPv4 counts
 * two), so clock times ({@code 12:30:45}) and MAC addresses do not qualify. Addresses that
 * identify nobody are left alone: 0.0.0.0/8, loopback 127/8, {@code 255.x} masks, {@code ::}
 * and {@code ::1}.
 */
final class IpDetector implements Detector {
    /** Words after which a dotted quad is a version; any word ending in {@code version} counts too. */
    private static final Set<String> VERSION_WORDS = Set.of("ver", "release", "build", "firmware", "v");

    @Override
    public void find(Scanned text, List<Span> out) {
        ipv4(text, out);
        ipv6(text, out);
    }

    private static void ipv4(Scanned text, List<Span> out) {
        String s = text.raw();
        int resume = 0;
        for (int k = 0; k < text.numberCount(); k++) {
            int i = text.number(k);
            if (i < resume || i > 0 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '-' || s.charAt(i - 1) == '#')) {
                continue;
            }
            int end = quadEnd(s, i);
            if (end > 0) {
                if (identifying(s, i) && !afterVersionWord(text, i)) {
                    out.add(new Span(PiiType.IP, i, end));
                }
                resume = end;
            }
        }
    }

    /** The end of a dotted quad starting at {@code i}, or -1. */
    static int quadEnd(String s, int i) {
        int n = s.length();
        for (int octet = 0; octet < 4; octet++) {
            int from = i;
            int value = 0;
            while (i < n && i - from < 4 && Scanned.isDigit(s.charAt(i))) {
                value = value * 10 + s.charAt(i) - '0';
                i++;
            }
            int len = i - from;
            if (len == 0 || len > 3 || value > 255 || len > 1 && s.charAt(from) == '0') {
                return -1;
            }
            if (octet < 3) {
                if (i >= n || s.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        if (i < n && (Scanned.isWord(s.charAt(i)) || s.charAt(i) == '.' && i + 1 < n && Scanned.isDigit(s.charAt(i + 1)))) {
            return -1;
        }
        return i;
    }

    private static boolean identifying(String s, int i) {
        return !(s.startsWith("0.", i) || s.startsWith("127.", i) || s.startsWith("255.", i));
    }

    /** {@code version 1.2.3.4}, {@code ver = "1.2.3.4"}, {@code build: 10.0.0.1}: a dotted version, not an address. */
    private static boolean afterVersionWord(Scanned text, int i) {
        String before = text.lower().substring(Math.max(0, i - 16), i);
        int end = before.length();
        while (end > 0 && " \t\"'=:(".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        String word = before.substring(start, end);
        return word.endsWith("version") || VERSION_WORDS.contains(word);
    }

    private static void ipv6(Scanned text, List<Span> out) {
        String s = text.raw();
        int n = s.length();
        for (int p = s.indexOf(':'); p >= 0 && p < n; p = s.indexOf(':', p + 1)) {
            boolean hexBefore = p > 0 && (Scanned.isHex(s.charAt(p - 1)) || s.charAt(p - 1) == ':');
            boolean hexAfter = p + 1 < n && (Scanned.isHex(s.charAt(p + 1)) || s.charAt(p + 1) == ':');
            if (!hexBefore && !hexAfter) {
                continue;
            }
            int start = p;
            while (start > 0 && isV6(s.charAt(start - 1)) && p - start < 50) {
                start--;
            }
            int end = p;
            while (end < n && isV6(s.charAt(end)) && end - start < 50) {
                end++;
            }
            while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ':' && !s.startsWith("::", end - 2))) {
                end--;
            }
            if ((start == 0 || !Scanned.isWord(s.charAt(start - 1)) && s.charAt(start - 1) != '.')
                    && (end == n || !Scanned.isWord(s.charAt(end))) && validV6(s.substring(start, end))) {
                out.add(new Span(PiiType.IP, start, end));
            }
            p = Math.max(p, end);
        }
    }

    private static boolean isV6(char c) {
        return Scanned.isHex(c) || c == ':' || c == '.';
    }

    /** Hex groups of 1-4, one {@code ::} at most, eight groups (IPv4 tail = two); not {@code ::} or {@code ::1}. */
    static boolean validV6(String a) {
        if (a.equals("::") || a.equals("::1") || a.length() < 3) {
            return false;
        }
        int dbl = a.indexOf("::");
        if (dbl >= 0 && a.indexOf("::", dbl + 1) >= 0) {
            return false;
        }
        String[] parts = a.split(":", -1);
        int groups = 0;
        int hexDigits = 0;
        for (int k = 0; k < parts.length; k++) {
            String g = parts[k];
            if (g.isEmpty()) {
                continue;
            }
            if (k == parts.length - 1 && g.indexOf('.') >= 0) {
                if (quadEnd(g, 0) != g.length()) {
                    return false;
                }
                groups += 2;
                continue;
            }
            if (g.length() > 4 || g.indexOf('.') >= 0) {
                return false;
            }
            groups++;
            hexDigits += g.length();
        }
        if (dbl < 0 ? groups != 8 : groups > 7 || groups < 1) {
            return false;
        }
        if (dbl < 0) {
            for (String g : parts) {
                if (g.isEmpty()) {
                    return false; // a single ':' at either end
                }
            }
        }
        return groups >= 3 || hexDigits >= 5; // fe80::1 yes, a::add (a method reference) no
    }
}
