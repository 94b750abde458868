package dev.mycel.patterns;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * Slot defaults that name another slot, such as {@code "{dir}.tar.gz"}: plain concatenation with
 * the other slot's normalised value, resolved when the pattern is bound. Never applied to code.
 */
final class Defaults {
    static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private Defaults() {
    }

    static boolean isTemplate(Slot s) {
        return s.defaultValue().map(d -> PLACEHOLDER.matcher(d).find()).orElse(false);
    }

    /** {@code template} with each {@code {name}} replaced by {@code values.get(name)}, taken literally. */
    static String resolve(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                // PatternFile refuses such a default; only a hand-built Pattern can get here.
                throw new IllegalArgumentException("default " + template + " names a slot with no value: " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
