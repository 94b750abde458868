package dev.mycel.cli;

import java.util.Locale;
import java.util.Optional;

/** Who may answer a chat request, as {@code chat}'s {@code provider} param and {@code [ai] provider} spell it. */
enum ProviderChoice {
    AUTO, OFFLINE, LOCAL, CLOUD;

    static final String NAMES = "auto, offline, local or cloud";

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ProviderChoice> parse(String text) {
        for (ProviderChoice c : values()) {
            if (c.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
