package dev.mycel.patterns;

import dev.mycel.policy.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pattern filled in for one request, ready to become a sandbox command: the code unchanged, each
 * slot's normalised value in the environment under {@link Slot#envName()} (never in the code:
 * invariant 3), the paths it reads (to be made visible read-only) and the output paths it writes
 * (to be judged as writes and made writable). Host facts are not here: the runtime adds them.
 */
public record Binding(Language language, String code, Map<String, String> env, List<Path> reads, List<Path> writes) {
    public Binding {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
        env = Map.copyOf(env);
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
    }

    /**
     * Binds {@code raw} (slot name to what the request said; may be partial) to {@code pattern}.
     * Slots missing from {@code raw} take their default; a default such as {@code "{dir}.tar.gz"} is
     * built from the other slot's normalised value and then normalised itself.
     *
     * @throws SlotException for an unknown slot name, a required slot that is missing, a bad value,
     *                       or an output that is also one of the pattern's inputs
     */
    public static Binding bind(Pattern pattern, Map<String, String> raw, Path cwd, Path home) throws SlotException {
        for (String name : raw.keySet()) {
            if (pattern.slots().stream().noneMatch(s -> s.name().equals(name))) {
                throw new SlotException(name, "pattern " + pattern.id() + " has no slot '" + name + "'");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        // Plain slots first, so that a default naming another slot finds its value.
        for (Slot s : pattern.slots()) {
            if (!Defaults.isTemplate(s) || raw.containsKey(s.name())) {
                values.put(s.name(), value(s, Optional.ofNullable(raw.get(s.name())), cwd, home));
            }
        }
        for (Slot s : pattern.slots()) {
            if (!values.containsKey(s.name())) {
                String built = Defaults.resolve(s.defaultValue().orElseThrow(), values);
                values.put(s.name(), SlotValues.normalise(s, built, cwd, home));
            }
        }
        return assemble(pattern, values);
    }

    private static String value(Slot s, Optional<String> raw, Path cwd, Path home) throws SlotException {
        String given = raw.or(s::defaultValue).orElseThrow(() -> new SlotException(s.name(),
                "missing " + s.name() + ": " + s.description()));
        return SlotValues.normalise(s, given, cwd, home);
    }

    private static Binding assemble(Pattern pattern, Map<String, String> values) throws SlotException {
        Map<String, String> env = new LinkedHashMap<>();
        List<Path> reads = new ArrayList<>();
        List<Path> writes = new ArrayList<>();
        for (Slot s : pattern.slots()) {
            String v = values.get(s.name());
            env.put(s.envName(), v);
            if (s.type() == SlotType.PATH) {
                (s.output() ? writes : reads).add(Path.of(v));
            }
        }
        for (Path w : writes) {
            if (reads.contains(w)) {
                // Opening the output truncates it before the code could read it: the input would be lost.
                throw new SlotException(pattern.slots().stream().filter(Slot::output).findFirst().orElseThrow().name(),
                        "the output " + w + " is also an input; choose another output file");
            }
        }
        return new Binding(pattern.language(), pattern.code(), env, reads, writes);
    }
}
