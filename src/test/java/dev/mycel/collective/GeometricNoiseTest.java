package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The two-sided geometric mechanism against its exact distribution, with seeded generators so every
 * run draws the same samples. Tolerances are five standard errors of the estimate at the sample size
 * (a correct sampler misses one with probability below 10^-6 for a fresh seed), and the chi-square
 * critical values are the 0.999 quantiles for the stated degrees of freedom (missed with probability
 * 10^-3 for a fresh seed). The seeds are fixed, so a pass or a failure repeats.
 */
class GeometricNoiseTest {
    private static final int N = 200_000;

    private static long[] draw(double epsilon, int sensitivity, long seed) {
        GeometricNoise noise = new GeometricNoise(new SplittableRandom(seed));
        long[] z = new long[N];
        for (int i = 0; i < N; i++) {
            z[i] = noise.sample(epsilon, sensitivity);
        }
        return z;
    }

    /** P(Z = k) = (1-α)/(1+α) · α^|k|. */
    private static double pmf(double alpha, long k) {
        return (1 - alpha) / (1 + alpha) * Math.pow(alpha, Math.abs(k));
    }

    /** The central moment E[Z^n] (n even) summed from the exact pmf far into the tails. */
    private static double moment(double alpha, int n) {
        double m = 0;
        for (long k = -20_000; k <= 20_000; k++) {
            m += Math.pow(k, n) * pmf(alpha, k);
        }
        return m;
    }

    private static void meanAndVarianceMatch(double epsilon, int sensitivity, long seed) {
        double alpha = GeometricNoise.alpha(epsilon, sensitivity);
        double variance = 2 * alpha / ((1 - alpha) * (1 - alpha));
        assertThat(GeometricNoise.variance(epsilon, sensitivity)).isCloseTo(variance, within(variance * 1e-9));
        assertThat(moment(alpha, 2)).as("the pmf's own variance").isCloseTo(variance, within(variance * 1e-6));
        long[] z = draw(epsilon, sensitivity, seed);
        double mean = 0;
        for (long v : z) {
            mean += v;
        }
        mean /= N;
        double m2 = 0;
        for (long v : z) {
            m2 += (v - mean) * (v - mean);
        }
        m2 /= N - 1;
        // the standard error of the mean is σ/√N; of the sample variance √((μ₄ - σ⁴)/N)
        assertThat(mean).as("mean for ε=%s Δ=%s", epsilon, sensitivity).isCloseTo(0, within(5 * Math.sqrt(variance / N)));
        double varianceError = Math.sqrt((moment(alpha, 4) - variance * variance) / N);
        assertThat(m2).as("variance for ε=%s Δ=%s", epsilon, sensitivity).isCloseTo(variance, within(5 * varianceError));
    }

    @Test
    void meanIsZeroAndVarianceIsTwoAlphaOverOneMinusAlphaSquared() {
        meanAndVarianceMatch(1.0, 1, 1);
        meanAndVarianceMatch(0.5, 2, 2);
        meanAndVarianceMatch(0.1, 1, 3); // α ≈ 0.905, σ ≈ 14
        meanAndVarianceMatch(3.0, 1, 4); // α ≈ 0.05, mostly zeros
    }

    /** Pearson's statistic over the bins k = -K..K and the two tails |Z| > K, against the exact pmf. */
    private static double chiSquare(long[] z, double alpha, int bound) {
        long[] observed = new long[2 * bound + 3]; // [0] = below -K, [last] = above K
        for (long v : z) {
            int bin = v < -bound ? 0 : v > bound ? observed.length - 1 : (int) v + bound + 1;
            observed[bin]++;
        }
        double tail = Math.pow(alpha, bound + 1) / (1 + alpha); // Σ_{k>K} P(Z=k)
        double stat = 0;
        for (int bin = 0; bin < observed.length; bin++) {
            double p = bin == 0 || bin == observed.length - 1 ? tail : pmf(alpha, bin - bound - 1);
            double expected = p * N;
            assertThat(expected).as("every bin expects at least 5").isGreaterThanOrEqualTo(5);
            stat += (observed[bin] - expected) * (observed[bin] - expected) / expected;
        }
        return stat;
    }

    @Test
    void theSamplesFitTheExactPmfByChiSquare() {
        double alpha = GeometricNoise.alpha(1.0, 1);
        // K = 8: 17 bins and 2 tails, 18 degrees of freedom; χ²(0.999, 18) = 42.312
        assertThat(chiSquare(draw(1.0, 1, 11), alpha, 8)).isLessThan(42.312);
        double wide = GeometricNoise.alpha(0.5, 2);
        // K = 20: 41 bins and 2 tails, 42 degrees of freedom; χ²(0.999, 42) = 76.084
        assertThat(chiSquare(draw(0.5, 2, 12), wide, 20)).isLessThan(76.084);
    }

    @Test
    void theChiSquareTestNoticesASamplerThatIsOnlySlightlyOff() {
        // the test would be worthless if a wrong ε passed it: 10% more ε is caught easily
        double alpha = GeometricNoise.alpha(1.0, 1);
        assertThat(chiSquare(draw(1.1, 1, 11), alpha, 8)).isGreaterThan(42.312);
        // and so is a bias of one step, here applied to every sample
        long[] shifted = draw(1.0, 1, 13);
        for (int i = 0; i < N; i += 10) {
            shifted[i] += 1;
        }
        assertThat(chiSquare(shifted, alpha, 8)).isGreaterThan(42.312);
    }

    @Test
    void positiveAndNegativeNoiseAreEquallyLikely() {
        long[] z = draw(0.3, 1, 21);
        long positive = 0;
        long negative = 0;
        long zero = 0;
        for (long v : z) {
            if (v > 0) {
                positive++;
            } else if (v < 0) {
                negative++;
            } else {
                zero++;
            }
        }
        long nonZero = positive + negative;
        // given Z ≠ 0 the sign is a fair coin: binomial(n, 1/2), standard deviation √n/2
        assertThat((double) positive).isCloseTo(nonZero / 2.0, within(5 * Math.sqrt(nonZero) / 2));
        double alpha = GeometricNoise.alpha(0.3, 1);
        double pZero = (1 - alpha) / (1 + alpha);
        assertThat((double) zero).isCloseTo(pZero * N, within(5 * Math.sqrt(N * pZero * (1 - pZero))));
    }

    @Test
    void aHugeEpsilonAddsNoNoiseAndNeverProducesNaNOrALoop() {
        GeometricNoise noise = new GeometricNoise(new SplittableRandom(31));
        for (int i = 0; i < 10_000; i++) {
            assertThat(noise.addTo(42, 1e6, 1)).isEqualTo(42); // α = e^-10^6 underflows to 0
            assertThat(noise.addTo(42, Double.MAX_VALUE, 1)).isEqualTo(42);
        }
        assertThat(GeometricNoise.alpha(Double.MAX_VALUE, 1)).isZero();
    }

    @Test
    void aTinyEpsilonGivesHugeNoiseClampedToTheLongRange() {
        GeometricNoise noise = new GeometricNoise(new SplittableRandom(32));
        long large = 0;
        for (int i = 0; i < 1_000; i++) {
            long z = noise.sample(1e-12, 1); // α = 1 - 10^-12, σ ≈ 1.4·10^12
            large += Math.abs(z) > 1e9 ? 1 : 0;
            // a subnormal ε makes Δ/ε infinite: each geometric draw is clamped, not NaN or negative
            // so Z is MAX - MAX = 0, +MAX or -MAX, and the sum saturates instead of wrapping
            long clamped = noise.addTo(Long.MAX_VALUE - 5, Double.MIN_VALUE, Integer.MAX_VALUE);
            assertThat(clamped).isIn(Long.MAX_VALUE, Long.MAX_VALUE - 5, -6L);
        }
        assertThat(large).as("noise of order 10^12 is almost always beyond 10^9").isGreaterThan(990);
        assertThat(GeometricNoise.variance(1e-12, 1)).isCloseTo(2e24, within(1e16));
    }

    /** A generator that always returns the same 64 bits: the ends of the uniform's range. */
    private record Constant(long bits) implements RandomGenerator {
        @Override
        public long nextLong() {
            return bits;
        }
    }

    @Test
    void theEndsOfTheUniformRangeGiveFiniteDraws() {
        // all ones: U = 1, so ln U = 0 and G = 0 even when Δ/ε is infinite (no 0·∞ = NaN)
        assertThat(new GeometricNoise(new Constant(-1L)).sample(Double.MIN_VALUE, 1)).isZero();
        // all zeros: U = 2^-53, the largest draw, -ln U = 53 ln 2
        long g = (long) Math.floor(53 * Math.log(2) * 10);
        assertThat(new GeometricNoise(new Constant(0L)).sample(0.1, 1)).as("G₁ - G₂ of equal draws").isZero();
        assertThat(new GeometricNoise(new Constant(0L)).addTo(Long.MAX_VALUE, 0.1, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(g).isEqualTo(367);
        // the difference of a maximal and a minimal draw, by alternating the two ends
        RandomGenerator alternating = new RandomGenerator() {
            private boolean high;

            @Override
            public long nextLong() {
                high = !high;
                return high ? 0L : -1L;
            }
        };
        assertThat(new GeometricNoise(alternating).sample(0.1, 1)).isEqualTo(g);
        assertThat(new GeometricNoise(alternating).addTo(Long.MAX_VALUE - 1, Double.MIN_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(new GeometricNoise(alternating).addTo(Long.MIN_VALUE + 1, Double.MIN_VALUE, 1)).as("a fresh alternation starts high")
                .isEqualTo(Long.MIN_VALUE + 1 + Long.MAX_VALUE);
    }

    @Test
    void parametersWithoutAPrivacyMeaningAreRefused() {
        GeometricNoise noise = new GeometricNoise(new SplittableRandom(1));
        for (double bad : new double[] {0, -1, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> noise.sample(bad, 1)).as("ε = " + bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ε must be a finite number above 0");
        }
        assertThatThrownBy(() -> noise.sample(1, 0)).hasMessageContaining("sensitivity must be at least 1");
        assertThatThrownBy(() -> noise.sample(1, -3)).hasMessageContaining("sensitivity must be at least 1");
    }
}
