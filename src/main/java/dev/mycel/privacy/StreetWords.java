package dev.mycel.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * Cheap look-aheads that decide whether an address regex is worth trying after a number:
 * a street type among the next few words ({@code 742 Evergreen Terrace}), or a Romance street
 * word right after it ({@code 12 rue de la Paix}). Most numbers in text are followed by neither.
 */
final class StreetWords {
    static final Set<String> TYPES = Set.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd",
            "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Place", "Pl", "Square", "Sq", "Terrace", "Ter", "Way",
            "Parkway", "Pkwy", "Circle", "Cir", "Highway", "Hwy", "Trail", "Trl", "Crescent", "Close", "Alley", "Plaza",
            "Loop", "Pike", "Mews", "Grove", "Gardens", "Parade", "Esplanade", "Promenade", "Causeway", "Expressway",
            "Freeway", "Turnpike", "Broadway");
    private static final Set<String> ROMANCE = Set.of("rue", "avenue", "boulevard", "bd", "place", "chemin", "allée",
            "impasse", "quai", "calle", "avenida", "via", "viale", "piazza", "rua", "praça", "bis", "ter");

    private StreetWords() {
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
