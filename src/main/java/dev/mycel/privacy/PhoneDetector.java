package dev.mycel.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // the same number written the same way is validated once per text (contact lists repeat them)
        Map<String, int[]> seen = new HashMap<>();
        candidates.each(text, (start, end, kind) -> check(text, start, end, kind, seen, out));
    }

    private void check(Scanned text, int start, int end, PhoneCandidates.Kind kind, Map<String, int[]> seen,
                       List<Span> out) {
        boolean labelled = kind != PhoneCandidates.Kind.LIST && labelled(text, start);
        if (kind == PhoneCandidates.Kind.BARE && !labelled) {
            return;
        }
        String candidate = text.raw().substring(start, end);
        int[] found = seen.computeIfAbsent((labelled ? "L" : "U") + candidate, k -> numbers(candidate, labelled));
        for (int k = 0; k < found.length; k += 2) {
            out.add(new Span(PiiType.PHONE, start + found[k], start + found[k + 1]));
        }
    }

    /** Start/end pairs of the numbers in {@code candidate}: valid ones, or possible ones when labelled. */
    private int[] numbers(String candidate, boolean labelled) {
        int[] found = find(candidate, PhoneNumberUtil.Leniency.VALID);
        return found.length > 0 || !labelled ? found : find(candidate, PhoneNumberUtil.Leniency.POSSIBLE);
    }

    private int[] find(String candidate, PhoneNumberUtil.Leniency leniency) {
        List<Integer> bounds = new ArrayList<>(2);
        // "00" and " +" have the same length, so offsets stay put; a match at 1 began at the 00
        boolean idd = candidate.startsWith("00");
        String dialled = idd ? " +" + candidate.substring(2) : candidate;
        for (PhoneNumberMatch m : UTIL.findNumbers(dialled, region, leniency, 4)) {
            bounds.add(idd && m.start() == 1 ? 0 : m.start());
            bounds.add(m.end());
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
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
