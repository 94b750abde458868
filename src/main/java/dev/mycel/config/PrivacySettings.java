package dev.mycel.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The privacy layer (boundary 3, T5). {@code redactCloud}: text for a cloud AI provider has its
 * PII replaced by placeholders first (on by default; invariant 7). {@code redactLocal}: the same
 * for a local model, off by default since the text never leaves the machine. {@code phoneRegion}:
 * the ISO 3166 country whose national phone numbers (written without {@code +}) are recognised.
 */
public record PrivacySettings(boolean redactCloud, boolean redactLocal, String phoneRegion) {

    /** ISO 3166 countries with a numbering plan, plus the plans without an ISO code (Ascension, Tristan da Cunha, Kosovo). */
    static final Set<String> PHONE_REGIONS = phoneRegions();

    public static PrivacySettings defaults() {
        return new PrivacySettings(true, false, "US");
    }

    private static Set<String> phoneRegions() {
        Set<String> regions = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        // uninhabited or numbering-plan-less territories libphonenumber has no metadata for
        regions.removeAll(Set.of("AQ", "BV", "GS", "HM", "PN", "TF", "UM"));
        regions.addAll(Set.of("AC", "TA", "XK"));
        return Set.copyOf(regions);
    }
}
