package dev.mycel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Only checks the benchmark runs and reports; the figures are for reading, not for asserting. */
@Tag("bench")
class SandboxBenchTest {
    @Test
    void bench_reports_all_figures() {
        SandboxBench.Figures f = SandboxBench.measure(Integer.getInteger("mycel.bench.iterations", 5));
        System.out.println(f);
        assertThat(f.bareMs()).isPositive();
        assertThat(f.bwrapMs()).isGreaterThan(f.bareMs());
    }
}
