package dev.mycel.privacy;

import java.util.List;

/**
 * Dates of birth: a date written shortly after a birth word — {@code DOB}, {@code D.O.B.},
 * {@code date of birth}, {@code birthday}, {@code birth_date}, {@code born (on)} — in any of
 * {@link DateShapes}' formats. Other dates (log timestamps, release dates, deadlines) are
 * not personal and are left alone.
 */
final class BirthDateDetector implements Detector {
    private static final String[] WORDS = {"dob", "d.o.b", "birth", "born", "bday", "b-day"};
    private static final int WINDOW = 40;

    @Override
    public void find(Scanned text, List<Span> out) {
        for (String word : WORDS) {
            for (int at : text.hits(word)) {
                if (standsAlone(text, at, word)) {
                    date(text.raw(), at + word.length(), out);
                }
            }
        }
    }

    @Override
    public java.util.Set<String> keywords() {
        return java.util.Set.of(WORDS);
    }

    /** "adobe", "stubborn" and "reborn" hold the letters but not the word; "dateOfBirth" and "birthday" do. */
    private static boolean standsAlone(Scanned text, int at, String word) {
        String s = text.raw();
        boolean startOk = at == 0 || !Character.isLetter(s.charAt(at - 1)) || Character.isUpperCase(s.charAt(at))
                || text.lower().startsWith("of", at - 2) || text.lower().startsWith("_of", at - 3);
        if (!startOk) {
            return false;
        }
        int end = at + word.length();
        return word.equals("birth") || end >= s.length() || !Character.isLetter(s.charAt(end));
    }

    /** The first date within a short window after the word, on its line or the next. */
    private static void date(String s, int from, List<Span> out) {
        int limit = Math.min(s.length(), from + WINDOW);
        int newlines = 0;
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\n' && ++newlines > 1) {
                return;
            }
            if (Scanned.isDigit(c) || Character.isLetter(c)) {
                int end = DateShapes.dateEnd(s, i);
                if (end > 0) {
                    out.add(new Span(PiiType.DATE_OF_BIRTH, i, end));
                    return;
                }
            }
        }
    }
}
