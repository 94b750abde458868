package dev.mycel.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed, strict reads of one TOML table of a pattern file, each failure a {@link PatternException}
 * whose one line says where ({@code source}, and {@code what}, e.g. "slot 'dir'") and what is wrong.
 */
final class Fields {
    private final JsonNode node;
    private final String source;
    private final String what;

    Fields(JsonNode node, String source) {
        this(node, source, "");
    }

    private Fields(JsonNode node, String source, String what) {
        this.node = node;
        this.source = source;
        this.what = what;
    }

    /** The same checks on a nested table, its errors prefixed with {@code what}. */
    Fields nested(JsonNode table, String what) {
        return new Fields(table, source, what);
    }

    PatternException error(String message) {
        return new PatternException(source + ": " + (what.isEmpty() ? "" : what + " ") + message);
    }

    void onlyKnown(Set<String> keys, String hint) throws PatternException {
        Set<String> unknown = new TreeSet<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw error("has unknown key '" + unknown.iterator().next() + "' (known: "
                    + String.join(", ", new TreeSet<>(keys)) + ")" + hint);
        }
    }

    boolean has(String key) {
        return node.has(key);
    }

    String text(String key) throws PatternException {
        JsonNode v = required(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error("field '" + key + "' must be a non-empty string");
        }
        return v.asText();
    }

    /** A string without line breaks: descriptions and examples are shown and matched as one line. */
    String line(String key) throws PatternException {
        String s = text(key);
        if (s.contains("\n") || s.contains("\r")) {
            throw error("field '" + key + "' must be one line");
        }
        return s.strip();
    }

    int positiveInt(String key) throws PatternException {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
            throw error("field '" + key + "' must be a whole number of at least 1");
        }
        return v.asInt();
    }

    boolean bool(String key, boolean absent) throws PatternException {
        if (!node.has(key)) {
            return absent;
        }
        if (!node.get(key).isBoolean()) {
            throw error("field '" + key + "' must be true or false");
        }
        return node.get(key).asBoolean();
    }

    Optional<String> optionalText(String key) throws PatternException {
        return node.has(key) ? Optional.of(text(key)) : Optional.empty();
    }

    <T> T choice(String key, Function<String, Optional<T>> byName, String allowed) throws PatternException {
        String name = text(key);
        return byName.apply(name).orElseThrow(() -> error("field '" + key + "' is '" + name + "' (use " + allowed + ")"));
    }

    /** A required array of distinct one-line strings. */
    List<String> lines(String key) throws PatternException {
        required(key);
        return optionalLines(key);
    }

    List<String> optionalLines(String key) throws PatternException {
        List<String> out = new ArrayList<>();
        if (!node.has(key)) {
            return out;
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            throw error("field '" + key + "' must be an array of strings");
        }
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().contains("\n")) {
                throw error("field '" + key + "' must hold only non-empty one-line strings");
            }
            if (out.contains(item.asText().strip())) {
                throw error("field '" + key + "' lists '" + item.asText().strip() + "' twice");
            }
            out.add(item.asText().strip());
        }
        return out;
    }

    /** An optional array of tables ({@code [[key]]} in TOML). */
    List<JsonNode> tables(String key) throws PatternException {
        List<JsonNode> out = new ArrayList<>();
        if (!node.has(key)) {
            return out;
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            throw error("field '" + key + "' must be an array of tables ([[" + key + "]])");
        }
        for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
            JsonNode t = it.next();
            if (!t.isObject()) {
                throw error("field '" + key + "' must be an array of tables ([[" + key + "]])");
            }
            out.add(t);
        }
        return out;
    }

    private JsonNode required(String key) throws PatternException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw error("is missing the field '" + key + "'");
        }
        return v;
    }
}
