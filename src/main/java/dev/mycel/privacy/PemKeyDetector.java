package dev.mycel.privacy;

import java.util.List;

/**
 * Private key blocks: {@code -----BEGIN … PRIVATE KEY-----} (RSA, EC, DSA, OpenSSH,
 * encrypted, PKCS#8, PGP's {@code PRIVATE KEY BLOCK}) through the matching END line. The
 * whole block is one finding, also when its line breaks are {@code \n} escapes inside a JSON
 * string. A block cut off before its END line is redacted as far as its base64 body goes.
 */
final class PemKeyDetector implements Detector {
    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";
    private static final String END = "-----END ";

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        int nextEnd = -2; // where the next "-----END " is, found once and reused while the blocks come before it
        for (int at = s.indexOf(BEGIN); at >= 0; at = s.indexOf(BEGIN, at + 1)) {
            int labelStart = at + BEGIN.length();
            int labelEnd = Scanned.indexOf(s, DASHES, labelStart, labelStart + 45);
            if (labelEnd < 0) {
                continue;
            }
            String label = s.substring(labelStart, labelEnd);
            if (!label.contains("PRIVATE KEY") || !label.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ')) {
                continue;
            }
            if (nextEnd != -1 && nextEnd < labelEnd) {
                nextEnd = s.indexOf(END, labelEnd);
            }
            int next = s.indexOf(BEGIN, labelEnd);
            String endLine = END + label + DASHES;
            int stop = nextEnd >= 0 && (next < 0 || nextEnd < next) && s.startsWith(endLine, nextEnd)
                    ? nextEnd + endLine.length() : bodyEnd(s, labelEnd + DASHES.length());
            out.add(new Span(PiiType.PRIVATE_KEY, at, stop));
            at = stop - 1;
        }
    }

    /** Where a truncated block's body stops: the first character no PEM body (or its escapes) contains. */
    private static int bodyEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean body = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=' || c == '\n' || c == '\r' || c == '\\' || c == ':' || c == ',' || c == '-' || c == ' ';
            if (!body || c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                break;
            }
            i++;
        }
        while (i > from && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return Math.max(i, from);
    }
}
