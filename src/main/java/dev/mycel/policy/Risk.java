package dev.mycel.policy;

import java.util.Locale;

/** How much harm an action could do, ordered from least to most. */
public enum Risk {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Risk max(Risk other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
