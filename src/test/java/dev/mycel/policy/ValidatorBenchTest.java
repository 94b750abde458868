package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Only checks the benchmark runs and reports sane figures; the latencies are for reading, not for asserting. */
@Tag("bench")
class ValidatorBenchTest {
    @Test
    void bench_reports_a_timing_per_language() {
        int n = Integer.getInteger("mycel.bench.iterations", 20);
        ValidatorBench.Figures f = ValidatorBench.measure(n, n);
        System.out.println(f);
        assertThat(f.timings()).extracting(ValidatorBench.Timing::language).containsExactly(Language.values());
        for (ValidatorBench.Timing t : f.timings()) {
            assertThat(t.medianMs()).as("%s median", t.language()).isPositive().isFinite();
            assertThat(t.p99Ms()).as("%s p99", t.language()).isFinite().isGreaterThanOrEqualTo(t.medianMs());
            assertThat(t.scriptBytes()).as("%s script is about 2 KB", t.language()).isBetween(1800, 2600);
        }
        assertThat(f.worstMedianMs()).isPositive().isFinite();
        assertThat(f.toString()).contains("bash", "python", "javascript", "median", "p99");
    }
}
