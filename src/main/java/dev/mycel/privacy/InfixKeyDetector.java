package dev.mycel.privacy;

import java.util.List;
import java.util.Set;

/**
 * Provider keys whose recognisable part is in the middle, not at the start: Mailchimp API keys
 * ({@code <32 hex>-us12}, the data-centre suffix) and Telegram bot tokens
 * ({@code 123456789:AA…}, the bot id, a colon and {@code AA}). Found from that marker
 * backwards, so the text is not searched for 32-hex runs everywhere.
 */
final class InfixKeyDetector implements Detector {
    private static final String MAILCHIMP = "-us";
    private static final String TELEGRAM = ":aa";

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        for (int at : text.hits(MAILCHIMP)) {
            int start = at - 32;
            int end = at + 3;
            while (end < s.length() && end - at < 5 && Scanned.isDigit(s.charAt(end))) {
                end++;
            }
            if (start >= 0 && end > at + 3 && !s.startsWith("-US", at) && hex(s, start, at) && bounded(s, start, end)) {
                out.add(new Span(PiiType.API_KEY, start, end));
            }
        }
        for (int at : text.hits(TELEGRAM)) {
            int start = at;
            while (start > 0 && at - start < 10 && Scanned.isDigit(s.charAt(start - 1))) {
                start--;
            }
            int end = at + 3 + 33;
            if (at - start >= 8 && s.startsWith(":AA", at) && end <= s.length() && token(s, at + 3, end)
                    && bounded(s, start, end)) {
                out.add(new Span(PiiType.API_KEY, start, end));
            }
        }
    }

    @Override
    public Set<String> keywords() {
        return Set.of(MAILCHIMP, TELEGRAM);
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean token(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Scanned.isWord(c) && c < 128 || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean bounded(String s, int start, int end) {
        return (start == 0 || !Scanned.isWord(s.charAt(start - 1)))
                && (end == s.length() || !Scanned.isWord(s.charAt(end)) && s.charAt(end) != '-');
    }
}
