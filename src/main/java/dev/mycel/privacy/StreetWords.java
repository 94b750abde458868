package dev.mycel.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The street words of addresses, kept once for {@link AddressDetector}'s patterns and for the
 * cheap look-aheads here that decide whether such a pattern is worth trying after a number:
 * a street type among the next few words ({@code 742 Evergreen Terrace}), or a Romance street
 * word right after it ({@code 12 rue de la Paix}). Most numbers in text are followed by neither.
 */
final class StreetWords {
    /**
     * Street types that end a street's name ({@code Evergreen Terrace}, {@code Baker St}): the
     * look-ahead below and {@link AddressDetector}'s pattern both read this one list.
     */
    static final List<String> SUFFIXES = List.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd",
            "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Place", "Pl", "Square", "Sq", "Terrace", "Ter", "Way",
            "Parkway", "Pkwy", "Circle", "Cir", "Highway", "Hwy", "Trail", "Trl", "Crescent", "Close", "Alley", "Plaza",
            "Loop", "Pike", "Mews", "Grove", "Gardens", "Parade", "Esplanade", "Promenade", "Causeway", "Expressway",
            "Freeway", "Turnpike");
    /** The suffixes and {@code Broadway}, a street that needs no other word. */
    static final Set<String> TYPES = with(SUFFIXES, "Broadway");
    /** Romance street words, which come between the house number and the name ({@code 12 rue de la Paix}). */
    static final List<String> ROMANCE_TYPES = List.of("rue", "avenue", "boulevard", "bd", "place", "chemin", "allée",
            "impasse", "quai", "calle", "avenida", "via", "viale", "piazza", "rua", "praça");
    /** What may follow the house number of a Romance address: a street word, or {@code bis}/{@code ter} ({@code 12 bis rue…}). */
    private static final Set<String> ROMANCE = with(ROMANCE_TYPES, "bis", "ter");

    private StreetWords() {
    }

    private static Set<String> with(List<String> words, String... more) {
        Set<String> all = new HashSet<>(words);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** A street type word within the next six words on this line, starting at {@code i}. */
    static boolean typeAhead(String s, int i) {
        int words = 0;
        int n = Math.min(s.length(), i + 80);
        while (i < n && words < 7) {
            int end = i;
            while (end < n && Character.isLetterOrDigit(s.charAt(end))) {
                end++;
            }
            if (end - i >= 2 && end - i <= 10 && Character.isUpperCase(s.charAt(i)) && TYPES.contains(s.substring(i, end))) {
                return true;
            }
            words++;
            i = end;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '.' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i == end) {
                return false; // punctuation or a line break ends the street
            }
        }
        return false;
    }

    /** A Romance street word (or {@code bis}/{@code ter}) as the word at {@code i}. */
    static boolean romanceType(String s, int i) {
        if ("rRaAbBpPcCiIqQvV".indexOf(s.charAt(i)) < 0 && s.charAt(i) < 128) {
            return false;
        }
        int end = i;
        while (end < s.length() && end - i < 10 && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return ROMANCE.contains(s.substring(i, end).toLowerCase(Locale.ROOT));
    }
}
