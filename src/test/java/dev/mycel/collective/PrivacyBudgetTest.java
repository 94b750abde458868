package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The ε budget: spent exactly, never overspent, renewed with the next period, persisted through its ledger. */
class PrivacyBudgetTest {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    /** A clock the test moves by hand. */
    private static final class FakeClock implements InstantSource {
        private volatile Instant now;

        FakeClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final FakeClock clock = new FakeClock(NOON);
    private final MemoryBudgetLedger ledger = new MemoryBudgetLedger();
    private final PrivacyBudget budget = PrivacyBudget.daily(ledger, new GeometricNoise(new SplittableRandom(7)), clock);

    private static PrivacyBudget.Release.Released released(PrivacyBudget.Release r) {
        assertThat(r).isInstanceOf(PrivacyBudget.Release.Released.class);
        return (PrivacyBudget.Release.Released) r;
    }

    private static String refusal(PrivacyBudget.Release r) {
        assertThat(r).isInstanceOf(PrivacyBudget.Release.Refused.class);
        return ((PrivacyBudget.Release.Refused) r).reason();
    }

    @Test
    void tenReleasesOfATenthSpendTheDayAndTheEleventhIsRefused() {
        for (int i = 1; i <= 10; i++) {
            PrivacyBudget.Release.Released r = released(budget.release(100, 1, 0.1));
            assertThat(r.epsilonSpent()).isEqualTo(0.1);
            assertThat(r.remaining()).as("after release " + i).isCloseTo(1.0 - 0.1 * i, within(1e-12));
        }
        assertThat(ledger.spent(Instant.parse("2026-12-03T00:00:00Z"))).isCloseTo(1.0, within(1e-12));
        assertThat(refusal(budget.release(100, 1, 0.1)))
                .isEqualTo("refused: ε 0.1 is more than the 0 left of this period's 1; the budget renews at 2026-12-04T00:00:00Z");
        assertThat(refusal(budget.release(100, 1, 1e-15))).as("nothing, however small, once the day is spent").contains("renews at");
        assertThat(budget.remaining()).isZero();
    }

    @Test
    void sumsThatRoundAFewUlpsPastTheBudgetStillFitButNoPartialSpendIsMade() {
        released(budget.release(5, 1, 0.7));
        released(budget.release(5, 1, 0.1));
        released(budget.release(5, 1, 0.1));
        released(budget.release(5, 1, 0.1)); // 0.7 + 0.1 + 0.1 + 0.1 = 1.0000000000000002
        PrivacyBudget fresh = PrivacyBudget.daily(new MemoryBudgetLedger(), new GeometricNoise(new SplittableRandom(1)), clock);
        released(fresh.release(5, 1, 0.6));
        assertThat(refusal(fresh.release(5, 1, 0.5))).startsWith("refused: ε 0.5 is more than the 0.4");
        assertThat(fresh.remaining()).as("the refused release spent nothing").isCloseTo(0.4, within(1e-12));
        released(fresh.release(5, 1, 0.4));
    }

    @Test
    void theBudgetRenewsAtMidnightUtcAndNotBefore() {
        released(budget.release(3, 1, 1.0));
        clock.set(Instant.parse("2026-12-03T23:59:59.999Z"));
        assertThat(refusal(budget.release(3, 1, 0.5))).endsWith("renews at 2026-12-04T00:00:00Z");
        clock.set(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(budget.remaining()).isEqualTo(1.0);
        assertThat(released(budget.release(3, 1, 0.5)).remaining()).isCloseTo(0.5, within(1e-12));
        clock.set(NOON);
        assertThat(refusal(budget.release(3, 1, 0.5))).as("yesterday stays spent").contains("renews at 2026-12-04T00:00:00Z");
    }

    @Test
    void aConfiguredPeriodAndBudgetAreAlignedToTheEpoch() {
        PrivacyBudget hourly = new PrivacyBudget(0.3, Duration.ofHours(1), ledger, new GeometricNoise(new SplittableRandom(2)), clock);
        clock.set(Instant.parse("2026-12-03T12:40:00Z"));
        released(hourly.release(1, 2, 0.3));
        assertThat(refusal(hourly.release(1, 2, 0.01))).isEqualTo(
                "refused: ε 0.01 is more than the 0 left of this period's 0.3; the budget renews at 2026-12-03T13:00:00Z");
        clock.set(Instant.parse("2026-12-03T13:00:00Z"));
        released(hourly.release(1, 2, 0.3));
    }

    @Test
    void theLedgerKeepsTheSpendAcrossBudgetsSoARestartDoesNotRefillIt() {
        released(budget.release(10, 1, 0.8));
        PrivacyBudget restarted = PrivacyBudget.daily(ledger, new GeometricNoise(new SplittableRandom(3)), clock);
        assertThat(restarted.remaining()).isCloseTo(0.2, within(1e-12));
        assertThat(refusal(restarted.release(10, 1, 0.3))).contains("more than the 0.2");
    }

    @Test
    void meaninglessParametersAreRefusedWithoutSpending() {
        assertThat(refusal(budget.release(1, 1, 0))).startsWith("refused: ε must be a finite number above 0, not 0.0;")
                .endsWith("renews at 2026-12-04T00:00:00Z");
        assertThat(refusal(budget.release(1, 1, -0.5))).contains("not -0.5");
        assertThat(refusal(budget.release(1, 1, Double.NaN))).contains("not NaN");
        assertThat(refusal(budget.release(1, 1, Double.POSITIVE_INFINITY))).contains("not Infinity");
        assertThat(refusal(budget.release(1, 0, 0.1))).startsWith("refused: the sensitivity must be at least 1, not 0;");
        assertThat(refusal(budget.release(1, -1, 0.1))).contains("not -1");
        assertThat(refusal(budget.release(1, 1, 1.5))).contains("more than the 1 left");
        assertThat(budget.remaining()).isEqualTo(1.0);
        assertThatThrownBy(() -> new PrivacyBudget(0, Duration.ofDays(1), ledger, new GeometricNoise(new SplittableRandom(1)), clock))
                .hasMessageContaining("budget per period");
        assertThatThrownBy(() -> new PrivacyBudget(1, Duration.ZERO, ledger, new GeometricNoise(new SplittableRandom(1)), clock))
                .hasMessageContaining("at least a millisecond");
    }

    @Test
    void theValueIsTheCountWithNoiseOfTheRequestedScale() {
        PrivacyBudget generous = new PrivacyBudget(1e6, Duration.ofDays(1), ledger, new GeometricNoise(new SplittableRandom(4)), clock);
        assertThat(released(generous.release(1234, 1, 1e5)).value()).as("ε so large there is no noise").isEqualTo(1234);
        long sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += released(generous.release(1000, 1, 1.0)).value() - 1000;
        }
        // mean noise 0, σ of the mean √(1.84/10^4) ≈ 0.0136
        assertThat(sum / 10_000.0).isCloseTo(0, within(0.07));
    }

    @Test
    void concurrentReleasesNeverSpendMoreThanTheBudget() throws Exception {
        PrivacyBudget shared = PrivacyBudget.daily(ledger, new GeometricNoise(new java.security.SecureRandom()), clock);
        AtomicInteger granted = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        if (shared.release(1, 1, 0.01) instanceof PrivacyBudget.Release.Released) {
                            granted.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(granted.get()).isEqualTo(100);
        assertThat(ledger.spent(Instant.parse("2026-12-03T00:00:00Z"))).isCloseTo(1.0, within(1e-9));
    }
}
