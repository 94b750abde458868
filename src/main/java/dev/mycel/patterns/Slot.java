package dev.mycel.patterns;

import java.util.Objects;
import java.util.Optional;

/**
 * One value a pattern needs. The code reads it from the environment variable {@link #envName()}.
 * A slot without a default must be found in the request. An {@code output} slot is a path the
 * code creates or overwrites; it is the only place a pattern may write, and the policy judges
 * it as a write before anything runs.
 */
public record Slot(String name, SlotType type, Optional<String> defaultValue, String description, boolean output) {
    public Slot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("slot name must be lower case letters, digits and _: " + name);
        }
        if (output && type != SlotType.PATH) {
            throw new IllegalArgumentException("output slot " + name + " must be a path");
        }
    }

    /** The environment variable the code reads: the name in upper case. */
    public String envName() {
        return name.toUpperCase(java.util.Locale.ROOT);
    }
}
