package dev.mycel.collective;

import java.time.Duration;

/**
 * The parameters of the reputation computation (see {@code docs/REPUTATION.md}).
 *
 * @param preTrustWeight a: the share of trust that returns to the pre-trusted parties at every step,
 *                       which is what keeps mass from pooling in a ring of keys that praise each other
 * @param halfLife       a report's weight halves with every half-life of age
 * @param threshold      the standing at which an author counts as established
 * @param clockSkew      how far in the future a report may be dated and still count (as age 0)
 * @param tolerance      the power iteration stops when the L1 change falls below this
 * @param maxIterations  and at the latest after this many steps
 */
public record ReputationModel(double preTrustWeight, Duration halfLife, double threshold, Duration clockSkew,
                              double tolerance, int maxIterations) {
    public static final ReputationModel DEFAULTS = new ReputationModel(0.15, Duration.ofDays(30), 0.5, Duration.ofMinutes(10), 1e-9, 100);

    public ReputationModel {
        if (!(preTrustWeight > 0 && preTrustWeight <= 1)) {
            throw new IllegalArgumentException("the pre-trust weight must be in (0, 1], not " + preTrustWeight);
        }
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the half-life must be positive, not " + halfLife);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must be in (0, 1], not " + threshold);
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("the clock skew cannot be negative");
        }
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("the iteration needs a positive tolerance and at least one step");
        }
    }

    /** exp(-age/halfLife · ln 2): 1 now, ½ after one half-life. */
    double weight(Duration age) {
        double halfLives = (double) age.toMillis() / halfLife.toMillis();
        return Math.exp(-halfLives * Math.log(2));
    }
}
