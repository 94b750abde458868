package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Only checks the benchmark runs and reports sane figures; the throughput is for reading, not for asserting. */
@Tag("bench")
class RedactionBenchTest {
    @Test
    void bench_reports_throughput_on_mixed_text() {
        RedactionBench.Figures f = RedactionBench.measure(200_000, 3, 1);
        System.out.println(f);
        assertThat(f.bytes()).isBetween(200_000, 210_000);
        assertThat(f.medianMbPerSecond()).isPositive().isFinite();
        assertThat(f.medianMs()).isPositive();
        assertThat(f.findings()).as("the text has PII to find").isGreaterThan(500);
        assertThat(f.toString()).contains("MB/s", "target >= 20 MB/s", "findings");
    }

    @Test
    void the_bench_text_is_the_same_every_time() {
        assertThat(RedactionBench.text(50_000)).isEqualTo(RedactionBench.text(50_000));
    }

    @Test
    void nonsense_arguments_are_refused() {
        assertThatThrownBy(() -> RedactionBench.measure(10, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedactionBench.measure(10_000, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
