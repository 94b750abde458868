package dev.mycel.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Street addresses, best effort: a house number, capitalised street words and a street type
 * ({@code 742 Evergreen Terrace}, {@code 1600 Pennsylvania Avenue NW}, {@code 221B Baker St.}),
 * with a unit ({@code Apt 4B}, {@code Suite 200}) and the town line ({@code Springfield, IL 62704},
 * {@code London SW1A 2AA}) when they follow; the continental forms {@code Hauptstraße 5} and
 * {@code 12 rue de la Paix}; and post-office boxes. Each pattern is tried only where its cheap
 * anchor is (a number and a word, a street suffix, {@code box}), never across the whole text.
 */
final class AddressDetector implements Detector {
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String TYPES = "(?:" + anyOf(StreetWords.SUFFIXES) + ")";
    private static final String UNIT = "(?:,?[ \\t]*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|Building)\\.?"
            + "[ \\t]*#?[ \\t]*[A-Za-z0-9-]{1,6}|,?[ \\t]*#[ \\t]*[A-Za-z0-9-]{1,6})?";
    private static final String TOWN = "(?:,?[ \\t]*\\n?[ \\t]*" + WORD + "(?:[ \\t]+" + WORD + "){0,3},?[ \\t]+"
            + "(?:[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|\\d{4,5}|[A-Z]{2})(?![\\w-]))?";
    private static final Pattern STREET = Pattern.compile(
            "\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?[ \\t]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[ \\t]+)?"
                    + "(?:(?:(?:" + WORD + "|\\d{1,3}(?:st|nd|rd|th))[ \\t]+){1,4}" + TYPES + "\\.?|Broadway)"
                    + "(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)\\.?)?(?![\\p{L}\\d])" + UNIT + TOWN);
    private static final Pattern ROMANCE = Pattern.compile(
            "\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]+(?iu:" + anyOf(StreetWords.ROMANCE_TYPES) + ")[ \\t]+"
                    + "(?:(?:de|du|des|la|le|del|della|di|da|do|l'|d')[ \\t]*)*"
                    + WORD + "(?:[ \\t]+" + WORD + "){0,3}(?:,?[ \\t]+\\d{5}[ \\t]+" + WORD + ")?");
    private static final List<String> GERMANIC_SUFFIXES = List.of("straße", "strasse", "str.", "gasse", "weg", "allee",
            "platz", "gracht", "laan", "straat", "vej", "gatan", "gata");
    /** The suffixes' last characters: a number after a word ending otherwise needs no closer look. */
    private static final String GERMANIC_LAST = GERMANIC_SUFFIXES.stream().map(w -> w.substring(w.length() - 1))
            .distinct().collect(Collectors.joining());
    private static final Pattern GERMANIC = Pattern.compile(
            "(?:" + WORD + "-)*(?:\\p{Lu}\\p{Ll}*)?(?iu:" + anyOf(GERMANIC_SUFFIXES) + ")[ \\t]+\\d{1,4}[a-z]?(?!\\w|\\.\\d)"
                    + "(?:,?[ \\t]+\\d{4,5}[ \\t]+" + WORD + ")?");
    private static final Pattern PO_BOX = Pattern.compile("(?i:P\\.?[ ]?O\\.?[ ]+Box)[ \\t]+\\d{1,6}" + TOWN);

    @Override
    public void find(Scanned text, List<Span> out) {
        numbered(text, out);
        germanic(text, out);
        for (int at : text.hits("box")) {
            int start = Math.max(0, at - 6);
            Matcher m = PO_BOX.matcher(text.raw()).region(start, Math.min(text.length(), at + 120));
            if (m.find() && m.start() <= at && (m.start() == 0 || !Scanned.isWord(text.raw().charAt(m.start() - 1)))) {
                out.add(new Span(PiiType.ADDRESS, m.start(), trimmed(text.raw(), m.start(), m.end())));
            }
        }
    }

    @Override
    public java.util.Set<String> keywords() {
        return java.util.Set.of("box");
    }

    /** Addresses that start with the house number: the English forms and the Romance ones. */
    private static void numbered(Scanned text, List<Span> out) {
        String s = text.raw();
        Matcher street = STREET.matcher(s);
        Matcher romance = ROMANCE.matcher(s);
        int n = s.length();
        int resume = 0;
        for (int k = 0; k < text.numberCount(); k++) {
            int i = text.number(k);
            if (i < resume || i > 0 && glued(s.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && j - i < 12 && (Scanned.isWord(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == ',')) {
                j++;
            }
            if (j + 1 >= n || s.charAt(j) != ' ' && s.charAt(j) != '\t' || j - i > 11) {
                continue;
            }
            char next = s.charAt(j + 1);
            Matcher hit = null;
            if ((Character.isUpperCase(next) || Scanned.isDigit(next)) && StreetWords.typeAhead(s, j + 1)) {
                hit = street.region(i, Math.min(n, i + 200)).lookingAt() ? street : null;
            }
            if (hit == null && Character.isLetter(next) && StreetWords.romanceType(s, j + 1)) {
                hit = romance.region(i, Math.min(n, i + 200)).lookingAt() ? romance : null;
            }
            if (hit != null) {
                out.add(new Span(PiiType.ADDRESS, i, trimmed(s, i, hit.end())));
                resume = hit.end();
            }
        }
    }

    /** {@code Hauptstraße 5}, {@code Karl-Marx-Allee 12, 10243 Berlin}: a house number after a street-suffixed word. */
    private static void germanic(Scanned text, List<Span> out) {
        String s = text.raw();
        String lower = text.lower();
        for (int k = 0; k < text.numberCount(); k++) {
            int i = text.number(k);
            if (i < 4 || s.charAt(i - 1) != ' ' && s.charAt(i - 1) != '\t') {
                continue;
            }
            int wordEnd = i - 1;
            if (!germanicSuffix(lower, wordEnd)) {
                continue;
            }
            int start = wordEnd;
            while (start > 0 && wordEnd - start < 60 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '-'
                    || s.charAt(start - 1) == '.' && start == wordEnd)) {
                start--;
            }
            Matcher m = GERMANIC.matcher(s).region(start, Math.min(s.length(), i + 60));
            if (m.lookingAt()) {
                out.add(new Span(PiiType.ADDRESS, start, trimmed(s, start, m.end())));
            }
        }
    }

    private static boolean germanicSuffix(String lower, int end) {
        if (GERMANIC_LAST.indexOf(lower.charAt(end - 1)) < 0) {
            return false; // no suffix ends otherwise; most numbers follow other words
        }
        for (String suffix : GERMANIC_SUFFIXES) {
            if (end >= suffix.length() && lower.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /** A regex alternation of the literal {@code words}. */
    private static String anyOf(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static boolean glued(char c) {
        return Scanned.isWord(c) || c == '.' || c == '-' || c == '/' || c == ':' || c == '#' || c == '$' || c == '+';
    }

    /** Without trailing blanks and commas, nor a sentence's full stop ({@code St.} and {@code N.} keep theirs). */
    private static int trimmed(String s, int start, int end) {
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start + 1 && s.charAt(end - 1) == '.') {
            int word = end - 1;
            while (word > start && Character.isLetter(s.charAt(word - 1))) {
                word--;
            }
            String last = s.substring(word, end - 1);
            if (last.length() > 1 && !StreetWords.TYPES.contains(last)) {
                end--;
            }
        }
        return end;
    }
}
