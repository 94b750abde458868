package dev.mycel.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.OfflineSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The held-out phrasings against the real model and the built-in patterns, at the shipped threshold. */
class HeldOutAccuracyTest {

    @Test
    void theEngineMeetsItsAccuracyTargetsOnTheHeldOutSet() throws Exception {
        List<HeldOut.Case> cases = HeldOut.load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        PatternMatcher matcher = BuiltInEngine.matcher(Files.createTempDirectory("mycel-heldout"));
        HeldOut.Report report = HeldOut.evaluate(cases, matcher, OfflineSettings.defaults().minConfidence());
        String table = report.render(false);
        assertThat(report.rightPattern()).as(table).isGreaterThanOrEqualTo(0.90);
        assertThat(report.guessed()).as(table).isLessThanOrEqualTo(0.02);
    }

    @Test
    void everyExpectedPatternExists() {
        List<String> ids = BuiltInEngine.matcher(Path.of(System.getProperty("java.io.tmpdir"), "mycel-heldout-ids"))
                .patterns().stream().map(p -> p.id()).toList();
        for (HeldOut.Case c : HeldOut.load()) {
            c.expected().ifPresent(e -> assertThat(ids).as(c.phrase()).containsAnyElementsOf(List.of(e.split("\\|"))));
        }
    }
}
