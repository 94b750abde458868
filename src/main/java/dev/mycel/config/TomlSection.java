package dev.mycel.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed reads of one TOML table, each with a default and a range; remembers which keys were
 * read so that a misspelt key is reported instead of silently ignored.
 */
final class TomlSection {
    private final Path file;
    private final String name;
    private final JsonNode node;
    private final Set<String> known = new HashSet<>();

    TomlSection(Path file, String name, JsonNode node) {
        this.file = file;
        this.name = name;
        this.node = node == null ? MissingNode.getInstance() : node;
        if (!this.node.isMissingNode() && !this.node.isObject()) {
            throw new ConfigException(prefix() + "[" + name + "] must be a table");
        }
    }

    long integer(String key, long defaultValue, long min, long max) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw wrong(key, v, "a whole number from " + min + " to " + max);
        }
        return v.asLong();
    }

    double fraction(String key, double defaultValue) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
            throw wrong(key, v, "a number from 0 to 1");
        }
        return v.asDouble();
    }

    double positive(String key, double defaultValue, double max) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isNumber() || !(v.asDouble() > 0) || v.asDouble() > max) {
            throw wrong(key, v, "a number above 0 and at most " + max);
        }
        return v.asDouble();
    }

    Path file() {
        return file;
    }

    Duration seconds(String key, Duration defaultValue, long min, long max) {
        return Duration.ofSeconds(integer(key, defaultValue.toSeconds(), min, max));
    }

    boolean flag(String key, boolean defaultValue) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            throw wrong(key, v, "true or false");
        }
        return v.asBoolean();
    }

    String choice(String key, String defaultValue, List<String> allowed) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isTextual() || !allowed.contains(v.asText())) {
            throw wrong(key, v, "one of " + String.join(", ", allowed));
        }
        return v.asText();
    }

    String text(String key, String defaultValue) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isTextual()) {
            throw wrong(key, v, "a quoted string");
        }
        return v.asText();
    }

    /** A two-letter country code from {@code known}, upper-cased ({@code "gb"} is GB). */
    String region(String key, String defaultValue, java.util.Set<String> known) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        String code = v.isTextual() ? v.asText().toUpperCase(java.util.Locale.ROOT) : "";
        if (!known.contains(code)) {
            throw wrong(key, v, "a two-letter ISO 3166 country code such as \"US\", \"GB\" or \"DE\"");
        }
        return code;
    }

    List<String> strings(String key, List<String> defaultValue) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isArray()) {
            throw wrong(key, v, "a list of quoted strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw wrong(key, v, "a list of quoted strings");
            }
            out.add(item.asText());
        }
        return List.copyOf(out);
    }

    List<Long> integers(String key, List<Long> defaultValue, long min, long max) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return defaultValue;
        }
        List<Long> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isIntegralNumber() || item.asLong() < min || item.asLong() > max) {
                    throw wrong(key, v, "a list of whole numbers from " + min + " to " + max);
                }
                out.add(item.asLong());
            }
            return List.copyOf(out);
        }
        throw wrong(key, v, "a list of whole numbers from " + min + " to " + max);
    }

    /** Fails on the first key this section never asked for: a typo must not silently keep a default. */
    void rejectUnknownKeys() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new ConfigException(prefix() + "unknown key " + name + "." + key
                        + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    /** A one-line error about this section that is not about a single value's type. */
    ConfigException error(String message) {
        return new ConfigException(prefix() + message);
    }

    private JsonNode value(String key) {
        known.add(key);
        return node.path(key);
    }

    private ConfigException wrong(String key, JsonNode v, String expected) {
        return new ConfigException(prefix() + name + "." + key + " = " + v + ": expected " + expected);
    }

    private String prefix() {
        return file + ": ";
    }
}
