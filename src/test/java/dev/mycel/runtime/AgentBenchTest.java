package dev.mycel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The agent bench runs real chat turns against its instant model and yields sane figures. */
class AgentBenchTest {
    @Test
    void itMeasuresPlainAndRedactedToolSteps() throws Exception {
        AgentBench.Figures f = AgentBench.measure(10);
        assertThat(f.modelRoundTripMs()).isPositive().isFinite();
        assertThat(f.plainTurnMs()).isGreaterThan(f.modelRoundTripMs());
        assertThat(f.perStepMs()).isPositive().isFinite();
        assertThat(f.perStepRedactedMs()).isPositive().isFinite();
        assertThat(f.toString()).contains("per tool step").contains("redacted");
    }
}
