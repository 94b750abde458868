package dev.mycel.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The validator's yardstick: scripts under {@code validator-corpus/<language>/<category>/},
 * written independently of the rules, each judged once and remembered so several tests and the
 * summary share one verdict per file.
 */
final class ValidatorCorpus {

    /** What the validator must make of a script. */
    enum Category {
        /** Clearly hostile or hiding itself: must be denied. */
        HOSTILE,
        /** Risky but often legitimate: must at least ask. */
        RISKY,
        /** What an assistant writes every day: must pass without noise. */
        ORDINARY;

        String dir() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One corpus file; {@code name} is its path inside the corpus, as failures show it. */
    record Script(Language language, Category category, String name, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ROOT = "/validator-corpus";

    private final CodeValidator validator = new CodeValidator();
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final List<Script> scripts;

    private ValidatorCorpus(List<Script> scripts) {
        this.scripts = scripts;
    }

    static ValidatorCorpus load() {
        URL url = ValidatorCorpus.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the corpus " + ROOT + " is not on the test classpath");
        }
        try {
            Path root = Path.of(url.toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return new ValidatorCorpus(files.filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(Path::toString))
                        .map(f -> script(root, f))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Script script(Path root, Path file) {
        Path rel = root.relativize(file);
        if (rel.getNameCount() != 3) {
            throw new IllegalStateException("corpus files live at <language>/<category>/<file>, not " + rel);
        }
        Language language = Language.fromWire(rel.getName(0).toString())
                .orElseThrow(() -> new IllegalStateException("no such language: " + rel));
        Category category = Category.valueOf(rel.getName(1).toString().toUpperCase(Locale.ROOT));
        try {
            return new Script(language, category, rel.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Script> all() {
        return scripts;
    }

    List<Script> of(Language language, Category category) {
        return scripts.stream().filter(s -> s.language() == language && s.category() == category).toList();
    }

    Verdict verdict(Script s) {
        return verdicts.computeIfAbsent(s.name(), n -> validator.check(s.language(), s.code()));
    }

    /** The verdict in one line, as failure messages list it: {@code CONFIRM [bash.delete-files@3 ...]}. */
    String describe(Script s) {
        Verdict v = verdict(s);
        StringBuilder b = new StringBuilder(s.name()).append(": ").append(v.decision());
        for (Finding f : v.findings()) {
            b.append("\n    line ").append(f.line()).append(' ').append(f.rule()).append(" (")
                    .append(f.decision().wireName()).append("): ").append(f.message());
        }
        return b.toString();
    }
}
