package dev.mycel.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Mycel validates and runs; the wire name is what {@code --lang} and {@code exec} take. */
public enum Language {
    BASH("bash"), PYTHON("python"), JAVASCRIPT("javascript");

    private final String wireName;

    Language(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Language> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.wireName.equals(n) || (l == PYTHON && n.equals("python3"))
                        || (l == JAVASCRIPT && (n.equals("js") || n.equals("node"))) || (l == BASH && n.equals("sh")))
                .findFirst();
    }
}
