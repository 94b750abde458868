package dev.mycel.policy;

import java.util.Locale;

/** What may happen to an action; the lower-case name is what {@code check --json} prints. */
public enum Decision {
    ALLOW, CONFIRM, DENY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
