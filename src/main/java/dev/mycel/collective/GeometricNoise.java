package dev.mycel.collective;

import java.util.random.RandomGenerator;

/**
 * The two-sided geometric mechanism (discrete Laplace), which makes a shared count ε-differentially
 * private: it adds integer noise Z with
 * <pre>
 *   P(Z = k) = (1-α)/(1+α) · α^|k|,   α = exp(-ε/Δ),   k ∈ ℤ
 * </pre>
 * for a count whose sensitivity (the most one person's data can change it) is Δ. Neighbouring counts
 * differ by at most Δ, so the ratio of their output probabilities is at most α^-Δ = e^ε.
 * E[Z] = 0 and Var[Z] = 2α/(1-α)².
 *
 * <p>Sampling: Z = G₁ - G₂ for two independent geometric variables counting failures before the first
 * success with success probability 1-α, P(G = k) = (1-α)·α^k. (Their difference has exactly the pmf
 * above: Σ_m (1-α)²α^(2m+|k|) = (1-α)²α^|k|/(1-α²).) Each G is drawn by inversion: with U uniform on
 * (0, 1], G = ⌊ln U / ln α⌋ = ⌊-ln U · Δ/ε⌋, because P(G ≥ k) = P(U ≤ α^k) = α^k. Using Δ/ε directly,
 * rather than computing α and then ln α, keeps full precision for α close to 1 (tiny ε, where 1-α
 * would round) and close to 0 (huge ε, where α underflows to 0 and ln α to -∞). There is no loop, so
 * no parameter makes it spin.
 *
 * <p>Limits, on purpose: U takes the 2^53 values k·2^-53, k = 1..2^53, so -ln U is at most 53·ln 2 ≈ 36.7
 * and each tail probability is exact only to about 2^-53; that is a δ of that order, far below any
 * count's meaning. When Δ/ε is so large that G exceeds what a long holds (or what a double counts
 * exactly, 2^53), G is clamped to {@link Long#MAX_VALUE}; such noise swamps any count anyway. The
 * noisy count is clamped to the long range instead of overflowing. The generator is used by one
 * caller at a time unless it is thread-safe itself ({@link java.security.SecureRandom} is, and is what
 * production passes).
 */
public final class GeometricNoise {
    private final RandomGenerator random;

    public GeometricNoise(RandomGenerator random) {
        this.random = random;
    }

    /** {@code count} plus two-sided geometric noise for privacy loss {@code epsilon}, clamped to the long range. */
    public long addTo(long count, double epsilon, int sensitivity) {
        long z = sample(epsilon, sensitivity);
        long sum = count + z;
        // overflow only when both have the same sign and the sum's sign differs
        if (((count ^ sum) & (z ^ sum)) < 0) {
            return count < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** One draw of Z; ε must be finite and positive, Δ at least 1. */
    public long sample(double epsilon, int sensitivity) {
        double scale = scale(epsilon, sensitivity);
        // G₁, G₂ ∈ [0, Long.MAX_VALUE], so their difference always fits in a long
        return geometric(scale) - geometric(scale);
    }

    /** α = exp(-ε/Δ), the ratio of neighbouring probabilities. */
    public static double alpha(double epsilon, int sensitivity) {
        return Math.exp(-1.0 / scale(epsilon, sensitivity));
    }

    /** Var[Z] = 2α/(1-α)², with 1-α computed as -expm1(-ε/Δ) so it does not round to 0 for α near 1. */
    public static double variance(double epsilon, int sensitivity) {
        double alpha = alpha(epsilon, sensitivity);
        double oneMinusAlpha = -Math.expm1(-epsilon / sensitivity);
        return 2 * alpha / (oneMinusAlpha * oneMinusAlpha);
    }

    /** Δ/ε = -1/ln α; refuses what has no privacy meaning, rather than adding no noise. */
    private static double scale(double epsilon, int sensitivity) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("ε must be a finite number above 0, not " + epsilon);
        }
        if (sensitivity < 1) {
            throw new IllegalArgumentException("the sensitivity must be at least 1, not " + sensitivity);
        }
        return sensitivity / epsilon; // +∞ when ε is subnormal: handled in geometric
    }

    /** ⌊-ln U · scale⌋ with U uniform on (0, 1]. */
    private long geometric(double scale) {
        double u = ((random.nextLong() >>> 11) + 1) * 0x1.0p-53; // (0, 1]: ln U is finite, never -∞
        double e = -Math.log(u); // ≥ 0 (it is -0.0 only for U = 1)
        if (e <= 0) {
            return 0; // and not 0·∞ = NaN when the scale is infinite
        }
        double g = Math.floor(e * scale);
        return g >= 0x1.0p63 ? Long.MAX_VALUE : (long) g;
    }
}
