package dev.mycel.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns that ship inside Mycel: {@code patterns/index.txt} on the classpath names one id a
 * line, each the resource {@code patterns/<id>.toml}. An index without its file, or a file that
 * does not parse, is a broken build, so loading fails loudly instead of skipping it.
 */
public final class BuiltInPatterns {
    static final String DIR = "patterns/";

    private BuiltInPatterns() {
    }

    public static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        for (String id : ids()) {
            String source = DIR + id + ".toml";
            try {
                out.add(PatternFile.parse(resource(source), source));
            } catch (PatternException e) {
                throw new IllegalStateException("broken built-in pattern: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The TOML text of the built-in {@code id}, as shipped; empty when there is no such built-in. */
    public static java.util.Optional<String> text(String id) {
        return ids().contains(id) ? java.util.Optional.of(resource(DIR + id + ".toml")) : java.util.Optional.empty();
    }

    /** The ids in the index, in order; blank lines and {@code #} comments are skipped. */
    static List<String> ids() {
        List<String> ids = resource(DIR + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalStateException("patterns/index.txt lists an id twice");
        }
        return ids;
    }

    static String resource(String name) {
        try (InputStream in = BuiltInPatterns.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in resource " + name, e);
        }
    }
}
