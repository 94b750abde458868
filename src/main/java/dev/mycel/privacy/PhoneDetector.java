package dev.mycel.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;

/**
 * Phone numbers, validated by libphonenumber against real numbering plans ({@code findNumbers}
 * with leniency VALID, international numbers and national ones of the configured region).
 * libphonenumber costs ~15 µs a call, so {@link PhoneCandidates} first keeps only digit runs
 * shaped like a phone number; dates, times, IPs, versions and bare ids never reach it. A
 * number labelled as one ({@code Phone: (555) 123-4567}) is accepted when merely possible.
 */
final class PhoneDetector implements Detector {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String[] LABELS = {"phone", "tel", "mobile", "cell", "fax", "call", "whatsapp", "sms",
        "contact", "text me"};

    private final String region;
    private final PhoneCandidates candidates;

    PhoneDetector(String region) {
        String r = region.toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(r)) {
            throw new IllegalArgumentException("unknown phone region '" + region + "' (an ISO 3166 code such as US, GB, DE)");
        }
        this.region = r;
        this.candidates = new PhoneCandidates(r.equals("US") || r.equals("CA"));
    }

    @Override
    public void find(Scanned text, List<Span> out) {
        candidates.each(text, (start, end, kind) -> check(text, start, end, kind, out));
    }

    private void check(Scanned text, int start, int end, PhoneCandidates.Kind kind, List<Span> out) {
        boolean labelled = kind != PhoneCandidates.Kind.LIST && labelled(text, start);
        if (kind == PhoneCandidates.Kind.BARE && !labelled) {
            return;
        }
        String candidate = text.raw().substring(start, end);
        if (find(candidate, start, PhoneNumberUtil.Leniency.VALID, out) || !labelled) {
            return;
        }
        find(candidate, start, PhoneNumberUtil.Leniency.POSSIBLE, out);
    }

    private boolean find(String candidate, int offset, PhoneNumberUtil.Leniency leniency, List<Span> out) {
        boolean found = false;
        for (PhoneNumberMatch m : UTIL.findNumbers(candidate, region, leniency, 4)) {
            out.add(new Span(PiiType.PHONE, offset + m.start(), offset + m.end()));
            found = true;
        }
        return found;
    }

    /** A phone word shortly before the number: {@code Tel:}, {@code call me on}, {@code "mobile": "}. */
    private static boolean labelled(Scanned text, int start) {
        int from = Math.max(0, start - 24);
        String before = text.lower().substring(from, start);
        for (String label : LABELS) {
            for (int i = before.indexOf(label); i >= 0; i = before.indexOf(label, i + 1)) {
                if (i == 0 && from == 0 || !Character.isLetter(text.raw().charAt(from + i - 1))) {
                    return true; // a word of its own, not the end of "hotel" or "cancel"
                }
            }
        }
        return false;
    }
}
