package dev.mycel.web;

import java.util.Locale;
import java.util.Optional;

/** The person's answer on a confirmation card. */
public enum Approval {
    ONCE, SESSION, DENY;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Approval> fromWire(String name) {
        for (Approval a : values()) {
            if (a.wireName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
