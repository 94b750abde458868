package dev.mycel.collective;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The privacy loss this instance allows itself when it shares statistics (use counts, success
 * rates): at most {@code epsilonPerPeriod} per period, spent release by release through the
 * {@link GeometricNoise} mechanism. By sequential composition the releases of one period together
 * are {@code epsilonPerPeriod}-differentially private. Periods are aligned to the epoch, so a period
 * of one day (the default) is exactly a UTC calendar day.
 *
 * <p>A release is refused, with the reason and when the budget renews, when its ε is not a finite
 * number above 0, its sensitivity is below 1, or it would take the period past its budget: a release
 * is all or nothing, never a partial spend. The spend is recorded in the {@link BudgetLedger} before
 * the value is returned. Releases are serialised by a lock (not {@code synchronized}, because the
 * ledger may do I/O and a virtual thread must not pin its carrier meanwhile); one budget per ledger.
 */
public final class PrivacyBudget {
    public static final double DEFAULT_EPSILON_PER_PERIOD = 1.0;
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(1);
    /** Sums of ε like 0.7 + 0.1 + 0.1 + 0.1 land a few ulps past 1.0; this much past the budget still fits. */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final double epsilonPerPeriod;
    private final long periodMillis;
    private final BudgetLedger ledger;
    private final GeometricNoise noise;
    private final InstantSource clock;
    private final ReentrantLock lock = new ReentrantLock();

    /** What a release gave. */
    public sealed interface Release {
        /** The noisy value, the ε this release spent and the ε left in its period. */
        record Released(long value, double epsilonSpent, double remaining) implements Release {
        }

        record Refused(String reason) implements Release {
        }
    }

    public PrivacyBudget(double epsilonPerPeriod, Duration period, BudgetLedger ledger, GeometricNoise noise, InstantSource clock) {
        if (!(epsilonPerPeriod > 0) || Double.isInfinite(epsilonPerPeriod)) {
            throw new IllegalArgumentException("the ε budget per period must be a finite number above 0, not " + epsilonPerPeriod);
        }
        if (period.toMillis() < 1) {
            throw new IllegalArgumentException("a budget period must be at least a millisecond, not " + period);
        }
        this.epsilonPerPeriod = epsilonPerPeriod;
        this.periodMillis = period.toMillis();
        this.ledger = ledger;
        this.noise = noise;
        this.clock = clock;
    }

    /** ε = 1.0 per UTC day. */
    public static PrivacyBudget daily(BudgetLedger ledger, GeometricNoise noise, InstantSource clock) {
        return new PrivacyBudget(DEFAULT_EPSILON_PER_PERIOD, DEFAULT_PERIOD, ledger, noise, clock);
    }

    /** {@code count} with noise for sensitivity Δ and privacy loss ε, if the period's budget allows it. */
    public Release release(long count, int sensitivity, double epsilon) {
        lock.lock();
        try {
            Instant start = periodStart(clock.instant());
            if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
                return refused("ε must be a finite number above 0, not " + epsilon, start);
            }
            if (sensitivity < 1) {
                return refused("the sensitivity must be at least 1, not " + sensitivity, start);
            }
            double spent = ledger.spent(start);
            if (left(spent) == 0 || spent + epsilon > epsilonPerPeriod * (1 + RELATIVE_TOLERANCE)) {
                return refused("ε " + shown(epsilon) + " is more than the " + shown(left(spent)) + " left of this period's "
                        + shown(epsilonPerPeriod), start);
            }
            long value = noise.addTo(count, epsilon, sensitivity);
            ledger.record(start, epsilon);
            return new Release.Released(value, epsilon, left(spent + epsilon));
        } finally {
            lock.unlock();
        }
    }

    /** The ε left in the current period. */
    public double remaining() {
        lock.lock();
        try {
            return left(ledger.spent(periodStart(clock.instant())));
        } finally {
            lock.unlock();
        }
    }

    /** What is left, where rounding dust within the tolerance counts as nothing left. */
    private double left(double spent) {
        double left = epsilonPerPeriod - spent;
        return left <= epsilonPerPeriod * RELATIVE_TOLERANCE ? 0 : left;
    }

    /** Six significant digits, and rounding dust as 0: 0.19999999999999996 reads 0.2, 1.1e-16 reads 0. */
    private static String shown(double epsilon) {
        double x = Math.abs(epsilon) < 1e-12 ? 0 : epsilon;
        return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private Instant periodStart(Instant now) {
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), periodMillis) * periodMillis);
    }

    private Release refused(String why, Instant start) {
        return new Release.Refused("refused: " + why + "; the budget renews at " + start.plusMillis(periodMillis));
    }
}
