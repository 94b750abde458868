package dev.mycel.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The {@code [[slots]]} tables of a pattern file, and the rules that tie slots to the code: names
 * that cannot shadow what the sandbox sets, defaults that name only real slots, and code that
 * reads slots from the environment instead of carrying placeholders (invariant 3).
 */
final class SlotTable {
    private static final Set<String> KEYS = Set.of("name", "type", "default", "description", "output");
    /** Set by the sandbox itself (see SandboxCommand): a slot of that name would be refused at run time. */
    static final Set<String> RESERVED_ENV = Set.of("PATH", "HOME", "LANG", "TMPDIR", "USER", "LOGNAME", "SHELL", "PWD");
    /** The runtime's own variables (host facts) start with this. */
    static final String RUNTIME_PREFIX = "MYCEL_";

    private SlotTable() {
    }

    static List<Slot> parse(List<JsonNode> tables, Fields file) throws PatternException {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Slot s = slot(file.nested(tables.get(i), "slot " + (i + 1)), file, tables.get(i));
            if (slots.stream().anyMatch(o -> o.name().equals(s.name()))) {
                throw file.error("slot '" + s.name() + "' is declared twice");
            }
            slots.add(s);
        }
        for (Slot s : slots) {
            checkDefault(s, slots, file);
        }
        return slots;
    }

    private static Slot slot(Fields t, Fields file, JsonNode table) throws PatternException {
        String name = t.text("name");
        Fields f = file.nested(table, "slot '" + name + "'");
        f.onlyKnown(KEYS, "");
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw f.error("name must be lower-case letters, digits and _ (at most 31, starting with a letter)");
        }
        String env = name.toUpperCase(Locale.ROOT);
        if (RESERVED_ENV.contains(env) || env.startsWith(RUNTIME_PREFIX)) {
            throw f.error("would read the environment variable " + env + ", which the sandbox or the runtime owns");
        }
        String typeName = f.text("type");
        SlotType type = type(typeName).orElseThrow(() -> f.error("has unknown type '" + typeName
                + "' (use path, glob, number, size, text or duration)"));
        Optional<String> dflt = f.optionalText("default");
        String description = f.line("description");
        boolean output = f.bool("output", false);
        if (output && type != SlotType.PATH) {
            throw f.error("is an output but has type '" + typeName + "' (an output must be a path)");
        }
        return new Slot(name, type, dflt, description, output);
    }

    private static void checkDefault(Slot s, List<Slot> slots, Fields file) throws PatternException {
        if (s.defaultValue().isEmpty()) {
            return;
        }
        String d = s.defaultValue().get();
        Matcher m = Defaults.PLACEHOLDER.matcher(d);
        while (m.find()) {
            String ref = m.group(1);
            Optional<Slot> target = slots.stream().filter(o -> o.name().equals(ref)).findFirst();
            if (target.isEmpty() || ref.equals(s.name())) {
                throw file.error("slot '" + s.name() + "' has a default that refers to " + (target.isEmpty()
                        ? "the unknown slot '" + ref + "'" : "itself"));
            }
            if (Defaults.isTemplate(target.get())) {
                // One level keeps the order of resolution obvious and rules out cycles.
                throw file.error("slot '" + s.name() + "' has a default that refers to '" + ref
                        + "', whose own default refers to another slot");
            }
        }
        if (m.replaceAll("").matches(".*[{}].*")) {
            throw file.error("slot '" + s.name() + "' has a default with a stray { or } (only {slot} is understood)");
        }
    }

    private static Optional<SlotType> type(String name) {
        for (SlotType t : SlotType.values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Slot values come from the environment only; a {@code {slot}} in the code means someone meant to splice. */
    static void checkCode(List<Slot> slots, String code, Fields file) throws PatternException {
        for (Slot s : slots) {
            if (code.contains("{" + s.name() + "}")) {
                throw file.error("code contains the placeholder {" + s.name() + "}: slot values reach the code only"
                        + " through the environment variable " + s.envName());
            }
            if (!code.contains(s.envName())) {
                throw file.error("slot '" + s.name() + "' is never read: the code does not mention " + s.envName());
            }
        }
    }
}
