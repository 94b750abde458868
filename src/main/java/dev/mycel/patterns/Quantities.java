package dev.mycel.patterns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads the amounts people type: whole numbers ("12", "1,000", "ten"), sizes ("100M", "1.5 GB",
 * "2GiB") and durations ("3 days", "2h", "1h30m", "yesterday"). Pure; an empty result means "not
 * a value of this kind", and the caller says so in its own words.
 */
final class Quantities {
    /** Sizes count in 1024s whatever the spelling, as du, ls -h and find -size do, so "100M" means what du shows. */
    private static final Map<String, Long> SIZE_UNITS = Map.ofEntries(
            Map.entry("", 1L), Map.entry("b", 1L), Map.entry("byte", 1L), Map.entry("bytes", 1L),
            Map.entry("k", 1L << 10), Map.entry("kb", 1L << 10), Map.entry("kib", 1L << 10),
            Map.entry("kilobyte", 1L << 10), Map.entry("kilobytes", 1L << 10),
            Map.entry("m", 1L << 20), Map.entry("mb", 1L << 20), Map.entry("mib", 1L << 20),
            Map.entry("megabyte", 1L << 20), Map.entry("megabytes", 1L << 20), Map.entry("meg", 1L << 20),
            Map.entry("megs", 1L << 20),
            Map.entry("g", 1L << 30), Map.entry("gb", 1L << 30), Map.entry("gib", 1L << 30),
            Map.entry("gigabyte", 1L << 30), Map.entry("gigabytes", 1L << 30), Map.entry("gig", 1L << 30),
            Map.entry("gigs", 1L << 30),
            Map.entry("t", 1L << 40), Map.entry("tb", 1L << 40), Map.entry("tib", 1L << 40),
            Map.entry("terabyte", 1L << 40), Map.entry("terabytes", 1L << 40));
    private static final long DAY = 86_400;
    private static final Map<String, Long> TIME_UNITS = Map.ofEntries(
            Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L), Map.entry("second", 1L),
            Map.entry("seconds", 1L),
            Map.entry("m", 60L), Map.entry("min", 60L), Map.entry("mins", 60L), Map.entry("minute", 60L),
            Map.entry("minutes", 60L),
            Map.entry("h", 3600L), Map.entry("hr", 3600L), Map.entry("hrs", 3600L), Map.entry("hour", 3600L),
            Map.entry("hours", 3600L),
            Map.entry("d", DAY), Map.entry("day", DAY), Map.entry("days", DAY),
            Map.entry("w", 7 * DAY), Map.entry("wk", 7 * DAY), Map.entry("wks", 7 * DAY), Map.entry("week", 7 * DAY),
            Map.entry("weeks", 7 * DAY),
            Map.entry("month", 30 * DAY), Map.entry("months", 30 * DAY),
            Map.entry("y", 365 * DAY), Map.entry("yr", 365 * DAY), Map.entry("yrs", 365 * DAY),
            Map.entry("year", 365 * DAY), Map.entry("years", 365 * DAY));
    /** Whole phrases that mean a span back from now. */
    private static final Map<String, Long> TIME_WORDS = Map.of("yesterday", DAY, "today", DAY, "last week", 7 * DAY,
            "last month", 30 * DAY, "last year", 365 * DAY, "last hour", 3600L, "last day", DAY, "last 24 hours", DAY);
    private static final java.util.List<String> NUMBER_WORDS = java.util.List.of("zero", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
    static final long MAX_SIZE = 1L << 50;
    static final long MAX_SECONDS = 100 * 365 * DAY;
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(
            "(\\d{1,15}(?:\\.\\d{1,6})?)\\s*([a-z]*)");
    private static final java.util.regex.Pattern TIME_PART = java.util.regex.Pattern.compile(
            "(\\d{1,9}(?:\\.\\d{1,6})?|an?|one)\\s*([a-z]+)\\s*(?:,|and)?\\s*");

    private Quantities() {
    }

    /** A whole number: digits (commas between thousands allowed) or a word from zero to twenty. */
    static Optional<Long> number(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int word = NUMBER_WORDS.indexOf(s);
        if (word >= 0) {
            return Optional.of((long) word);
        }
        if (s.matches("\\d{1,3}(,\\d{3})+") || s.matches("\\d{1,15}")) {
            return Optional.of(Long.parseLong(s.replace(",", "")));
        }
        return Optional.empty();
    }

    /** Bytes, rounded down; empty for anything that is not a number and a size unit, or above a pebibyte. */
    static Optional<Long> bytes(String raw) {
        Matcher m = SIZE.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || !SIZE_UNITS.containsKey(m.group(2))) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(SIZE_UNITS.get(m.group(2))));
        if (value.compareTo(BigDecimal.valueOf(MAX_SIZE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(0, RoundingMode.DOWN).longValueExact());
    }

    /** Seconds; a bare number has no unit and is refused, since "3" could mean days or hours. */
    static Optional<Long> seconds(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        s = s.startsWith("the ") ? s.substring(4) : s;
        if (TIME_WORDS.containsKey(s)) {
            return Optional.of(TIME_WORDS.get(s));
        }
        s = s.startsWith("last ") || s.startsWith("past ") ? s.substring(5) : s;
        if (TIME_UNITS.containsKey(s) && s.length() > 1) {
            return Optional.of(TIME_UNITS.get(s));
        }
        Matcher m = TIME_PART.matcher(s);
        BigDecimal total = BigDecimal.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            Long unit = TIME_UNITS.get(m.group(2));
            if (unit == null) {
                return Optional.empty();
            }
            String n = m.group(1);
            BigDecimal count = n.equals("a") || n.equals("an") || n.equals("one") ? BigDecimal.ONE : new BigDecimal(n);
            total = total.add(count.multiply(BigDecimal.valueOf(unit)));
            end = m.end();
        }
        if (end == 0 || end != s.length() || total.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            return Optional.empty();
        }
        return Optional.of(total.setScale(0, RoundingMode.DOWN).longValueExact());
    }
}
