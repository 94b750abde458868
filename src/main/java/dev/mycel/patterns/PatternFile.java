package dev.mycel.patterns;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.mycel.policy.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The pattern file format: one human-readable TOML document per pattern. Parsing is strict
 * (unknown keys, missing fields and every rule below are errors) because a pattern file may come
 * from another machine through the collective, and a typo must never change what runs.
 *
 * <pre>
 * id = "biggest-files"            # lower-case words joined by dashes; the file is &lt;id&gt;.toml
 * version = 1
 * description = "..."             # one line: what the user gets
 * examples = ["...", "..."]       # phrasings a person would type
 * language = "bash"               # bash | python | javascript
 * present = "table"               # text | table | list
 * capabilities = ["read-files"]
 * facts = ["processes"]           # optional: host facts the runtime passes in
 * code = '''...'''                # reads slots only from the environment
 * [[slots]]
 * name = "dir"  type = "path"  default = "."  description = "..."  output = false
 * </pre>
 */
public final class PatternFile {

    private static final Set<String> KEYS = Set.of("id", "version", "description", "examples", "language", "present",
            "capabilities", "facts", "code", "slots");
    private static final String ID = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    private static final int MAX_ID = 64;
    /** What a pattern may say it does; the runtime and the UI show these, so the set is closed. */
    static final Set<String> CAPABILITIES = Set.of("read-files", "write-files", "system-info", "process-info",
            "network-info");
    private static final TomlMapper TOML = new TomlMapper();

    private PatternFile() {
    }

    /** The pattern in {@code toml}; {@code source} names it in errors (e.g. {@code patterns/disk-usage.toml}). */
    public static Pattern parse(String toml, String source) throws PatternException {
        Fields f = new Fields(read(toml, source), source);
        f.onlyKnown(KEYS, "");
        String id = f.text("id");
        if (id.length() > MAX_ID || !id.matches(ID)) {
            throw f.error("id '" + id + "' must be lower-case words joined by dashes (at most " + MAX_ID + " chars)");
        }
        expectFileName(source, id, f);
        int version = f.positiveInt("version");
        String description = f.line("description");
        List<String> examples = f.lines("examples");
        if (examples.isEmpty()) {
            throw f.error("examples must list at least one phrasing");
        }
        Language language = f.choice("language", Language::fromWire, "bash, python or javascript");
        Presentation present = f.choice("present", PatternFile::presentation, "text, table or list");
        List<String> capabilities = capabilities(f);
        List<HostFact> facts = facts(f);
        String code = f.text("code");
        List<Slot> slots = SlotTable.parse(f.tables("slots"), f);
        SlotTable.checkCode(slots, code, f);
        for (HostFact fact : facts) {
            if (!code.contains(fact.envName())) {
                throw f.error("lists a fact the code never reads (" + fact.envName() + ")");
            }
        }
        boolean writes = slots.stream().anyMatch(Slot::output);
        if (writes != capabilities.contains("write-files")) {
            throw f.error(writes ? "a pattern with an output slot must list the capability 'write-files'"
                    : "capability 'write-files' needs an output slot: the only place a pattern may write");
        }
        return new Pattern(id, version, description, examples, slots, language, code, present, capabilities, facts);
    }

    private static JsonNode read(String toml, String source) throws PatternException {
        try {
            JsonNode root = TOML.readTree(toml);
            if (root == null || !root.isObject()) {
                throw new PatternException(source + ": not a TOML document");
            }
            return root;
        } catch (JacksonException e) {
            // Jackson's message spans lines (it quotes the input); the first line says what is wrong.
            String first = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new PatternException(source + ": not valid TOML" + where + ": " + first);
        }
    }

    private static void expectFileName(String source, String id, Fields f) throws PatternException {
        if (!source.endsWith(".toml")) {
            return;
        }
        String file = source.substring(source.lastIndexOf('/') + 1);
        if (!file.equals(id + ".toml")) {
            throw f.error("id '" + id + "' must match the file name (" + id + ".toml)");
        }
    }

    private static Optional<Presentation> presentation(String name) {
        for (Presentation p : Presentation.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static List<String> capabilities(Fields f) throws PatternException {
        List<String> caps = f.lines("capabilities");
        for (String c : caps) {
            if (!CAPABILITIES.contains(c)) {
                throw f.error("unknown capability '" + c + "' (use " + String.join(", ", CAPABILITIES.stream().sorted()
                        .toList()) + ")");
            }
        }
        return caps;
    }

    private static List<HostFact> facts(Fields f) throws PatternException {
        List<HostFact> facts = new ArrayList<>();
        for (String name : f.optionalLines("facts")) {
            HostFact fact = switch (name) {
                case "processes" -> HostFact.PROCESSES;
                case "listening" -> HostFact.LISTENING;
                default -> throw f.error("unknown fact '" + name + "' (use processes or listening)");
            };
            if (facts.contains(fact)) {
                throw f.error("fact '" + name + "' is listed twice");
            }
            facts.add(fact);
        }
        return facts;
    }
}
