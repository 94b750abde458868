package dev.mycel.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.policy.CodeValidator;
import dev.mycel.policy.Decision;
import dev.mycel.policy.Finding;
import dev.mycel.policy.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped pattern files: they load, agree with the index, and pass Mycel's own code validator. */
class BuiltInPatternsTest {
    private static final Path SOURCES = Path.of("src/main/resources/patterns");

    @Test
    void every_built_in_pattern_loads_and_there_are_at_least_forty() {
        List<Pattern> all = BuiltInPatterns.load();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(Pattern::id).distinct().count()).isEqualTo(all.size());
    }

    @Test
    void the_index_and_the_pattern_files_agree() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".toml"))
                    .map(n -> n.substring(0, n.length() - ".toml".length())).collect(Collectors.toSet());
        }
        assertThat(Set.copyOf(BuiltInPatterns.ids())).isEqualTo(files);
    }

    @Test
    void every_built_in_pattern_has_six_examples_and_described_slots() {
        for (Pattern p : BuiltInPatterns.load()) {
            assertThat(p.examples()).as(p.id()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(p.description()).as(p.id()).doesNotEndWith(".");
        }
    }

    @Test
    void some_built_in_patterns_write_so_confirmations_are_exercised() {
        assertThat(BuiltInPatterns.load().stream().filter(Pattern::writes).count()).isGreaterThanOrEqualTo(4);
    }

    /** Readers must be allowed outright; a writer may ask for confirmation, never be denied. */
    @Test
    void every_built_in_pattern_passes_the_code_validator() {
        CodeValidator validator = new CodeValidator();
        List<String> problems = new ArrayList<>();
        for (Pattern p : BuiltInPatterns.load()) {
            Verdict v = validator.check(p.language(), p.code());
            boolean ok = v.decision() == Decision.ALLOW || (p.writes() && v.decision() == Decision.CONFIRM);
            if (!ok) {
                for (Finding f : v.findings()) {
                    problems.add(p.id() + ": " + f.decision() + " " + f.rule() + " line " + f.line() + ": " + f.message());
                }
                if (v.findings().isEmpty()) {
                    problems.add(p.id() + ": " + v.decision() + " with no findings");
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
