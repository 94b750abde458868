package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.patterns.PatternFile;
import dev.mycel.policy.Language;
import dev.mycel.privacy.Redactor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** T5 at the source: what a candidate pattern keeps of an interaction is its shape, never the user's data. */
@Tag("T5")
class T5_CandidatesTest {
    private static final Path HOME = Path.of("/home/alice");
    private static final Redactor REDACTOR = new Redactor();
    private final Candidates candidates = new Candidates(() -> REDACTOR, List.of("financial", "medical", "legal"), 0.3, HOME);

    private Candidates.Outcome extract(String request, String code, Map<String, String> env) {
        return candidates.extract(new Candidates.Interaction(request, Language.BASH, code, env), Instant.EPOCH);
    }

    private static String toml(Candidates.Outcome o) {
        assertThat(o).isInstanceOf(Candidates.Outcome.Held.class);
        return ((Candidates.Outcome.Held) o).candidate().toml();
    }

    @Test
    void T5_valuesBecomeSlotsWithGenericDefaultsAndPiiIsRedacted() throws Exception {
        String request = "count the lines in /home/alice/Private/diary-2026.txt, then text +1 415 555 0132 and mail alice.smith@example.org "
                + "from 10.1.2.3";
        Candidates.Outcome o = extract(request, "wc -l < \"$FILE\"", Map.of("FILE", "/home/alice/Private/diary-2026.txt"));
        String toml = toml(o);
        assertThat(toml).doesNotContain("alice").doesNotContain("diary").doesNotContain("415").doesNotContain("example.org")
                .doesNotContain("10.1.2.3").doesNotContain("/home");
        assertThat(toml).contains("name = \"file\"").contains("type = \"path\"").contains("default = \".\"");
        assertThat(PatternFile.parse(toml, "test").slots()).hasSize(1);
        assertThat(((Candidates.Outcome.Held) o).candidate().note()).contains("review carefully");
    }

    @Test
    void T5_aValueWrittenWithTildeIsGeneralisedToo() {
        String toml = toml(extract("how big is ~/Videos/holiday-in-Lisbon", "du -sh -- \"$DIR\"",
                Map.of("DIR", "/home/alice/Videos/holiday-in-Lisbon")));
        assertThat(toml).doesNotContain("Lisbon").doesNotContain("holiday").contains("how big is this folder");
    }

    @Test
    void T5_programsThatHoldTheUsersDataOrPathsAreDropped() {
        assertThat(extract("count my notes", "wc -l /home/alice/notes.txt", Map.of()))
                .isEqualTo(new Candidates.Outcome.Dropped("its program names a path of this machine instead of taking it as a value"));
        assertThat(extract("mail it", "echo bob@example.com", Map.of())).isEqualTo(new Candidates.Outcome.Dropped("its program holds personal data"));
        assertThat(extract("list it", "ls ~/secret", Map.of())).isInstanceOf(Candidates.Outcome.Dropped.class);
    }

    @Test
    void T5_blockedCategoriesAreNeverDrawn() {
        assertThat(extract("sum the amounts in my bank export", "awk '{s+=$2} END {print s}' \"$F\"", Map.of("F", "/tmp/x.csv")))
                .isEqualTo(new Candidates.Outcome.Dropped("it is about financial matters, which are never shared"));
        assertThat(extract("list my prescriptions", "ls \"$D\"", Map.of("D", "/tmp/d")))
                .isEqualTo(new Candidates.Outcome.Dropped("it is about medical matters, which are never shared"));
        assertThat(extract("find the divorce papers", "ls \"$D\"", Map.of("D", "/tmp/d")))
                .isEqualTo(new Candidates.Outcome.Dropped("it is about legal matters, which are never shared"));
        assertThat(extract("remember 4111 1111 1111 1111 for me", "echo 1", Map.of())).as("a card number is money")
                .isEqualTo(new Candidates.Outcome.Dropped("it is about financial matters, which are never shared"));
        Candidates open = new Candidates(() -> REDACTOR, List.of(), 0.3, HOME);
        assertThat(open.extract(new Candidates.Interaction("list my prescriptions", Language.BASH, "ls \"$D\"", Map.of("D", "/tmp/d")),
                Instant.EPOCH)).as("a category the user unblocked").isInstanceOf(Candidates.Outcome.Held.class);
    }

    @Test
    void aPlainRequestIsLowSensitivityAndMakesAValidPattern() throws Exception {
        Candidates.Outcome o = extract("how many python files are under this folder", "find \"$DIR\" -name '*.py' | wc -l", Map.of("DIR", "/tmp/src"));
        String toml = toml(o);
        assertThat(PatternFile.parse(toml, "test").examples()).containsExactly("how many python files are under this folder");
        assertThat(((Candidates.Outcome.Held) o).candidate().sensitivity()).isLessThan(0.3);
        assertThat(((Candidates.Outcome.Held) o).candidate().note()).doesNotContain("review");
    }
}
