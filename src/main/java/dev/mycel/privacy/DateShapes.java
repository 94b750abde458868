package dev.mycel.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as people write them: {@code 1987-03-05}, {@code 03/05/1987},
 * {@code 05.03.87}, {@code March 5, 1987}, {@code 5th of March 1987}, {@code 05-Mar-1987},
 * {@code 19870305}; checked for a real month and day, and a year from 1900 on.
 */
final class DateShapes {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final Pattern DATE = Pattern.compile(
            "(?:(?<y1>" + YEAR + ")(?<s1>[-/.])(?<m1>\\d{1,2})\\k<s1>(?<d1>\\d{1,2})"
                    + "|(?<a2>\\d{1,2})(?<s2>[-/.])(?<b2>\\d{1,2})\\k<s2>(?<y2>" + YEAR + "|\\d{2})"
                    + "|(?<n3>" + MONTH + ")\\.?\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y3>" + YEAR + ")"
                    + "|(?<d4>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<n4>" + MONTH + ")\\.?,?\\s+(?<y4>" + YEAR + ")"
                    + "|(?<d5>\\d{1,2})[-\\s](?<n5>" + MONTH + ")[-\\s](?<y5>" + YEAR + "|\\d{2})"
                    + "|(?<y6>" + YEAR + ")(?<m6>[01]\\d)(?<d6>[0-3]\\d))(?![\\d/.-]\\d|[a-z])",
            Pattern.CASE_INSENSITIVE);

    private DateShapes() {
    }

    /** The end of a valid date starting exactly at {@code i}, or -1. */
    static int dateEnd(String s, int i) {
        char c = s.charAt(i);
        if (!Scanned.isDigit(c) && "JjFfMmAaSsOoNnDd".indexOf(c) < 0) {
            return -1;
        }
        if (i > 0 && (Scanned.isWord(s.charAt(i - 1)))) {
            return -1;
        }
        Matcher m = DATE.matcher(s);
        m.region(i, Math.min(s.length(), i + 40));
        m.useTransparentBounds(true);
        return m.lookingAt() && valid(m) ? m.end() : -1;
    }

    private static boolean valid(Matcher m) {
        if (m.group("y1") != null) {
            return day(m.group("m1"), m.group("d1"));
        }
        if (m.group("a2") != null) {
            return day(m.group("a2"), m.group("b2")) || day(m.group("b2"), m.group("a2"));
        }
        if (m.group("d3") != null) {
            return dayOfMonth(m.group("d3")); // the month is a name: the pattern already checked it
        }
        if (m.group("d4") != null) {
            return dayOfMonth(m.group("d4"));
        }
        if (m.group("d5") != null) {
            return dayOfMonth(m.group("d5"));
        }
        return day(m.group("m6"), m.group("d6"));
    }

    private static boolean day(String month, String day) {
        int mo = Integer.parseInt(month);
        return mo >= 1 && mo <= 12 && dayOfMonth(day);
    }

    private static boolean dayOfMonth(String day) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31;
    }
}
