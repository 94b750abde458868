package dev.mycel.patterns;

import dev.mycel.policy.Language;
import java.util.List;
import java.util.Objects;

/**
 * A vetted piece of code for one everyday task, as data: what the offline engine matches a
 * request against, and later the unit the collective signs and shares. {@code examples} are
 * phrasings a person might use; {@code facts} names host facts the runtime hands the code
 * (see {@link HostFact}), since the sandbox itself sees no host processes or sockets.
 */
public record Pattern(String id, int version, String description, List<String> examples, List<Slot> slots,
                      Language language, String code, Presentation presentation, List<String> capabilities,
                      List<HostFact> facts) {
    public Pattern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        examples = List.copyOf(examples);
        slots = List.copyOf(slots);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(presentation, "presentation");
        capabilities = List.copyOf(capabilities);
        facts = List.copyOf(facts);
    }

    /** This pattern filled in with what a request said; see {@link Binding#bind}. */
    public Binding bind(java.util.Map<String, String> raw, java.nio.file.Path cwd, java.nio.file.Path home)
            throws SlotException {
        return Binding.bind(this, raw, cwd, home);
    }

    /** Whether the pattern creates or overwrites a file (it then always goes through a write check). */
    public boolean writes() {
        return slots.stream().anyMatch(Slot::output);
    }
}
