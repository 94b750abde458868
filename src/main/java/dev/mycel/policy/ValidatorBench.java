package dev.mycel.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what judging code costs: one {@link CodeValidator#check} of a realistic ~2 KB
 * script per language (a housekeeping report in bash, a CSV summary in Python, a git status
 * summary in JavaScript), timed check by check after a warm-up so the JIT has compiled the
 * parser bindings and the rules. {@code ./mycel bench} prints the figures.
 */
public final class ValidatorBench {
    /** {@link #measure(int)} never warms up for less than this, so C2 has compiled the rules. */
    private static final int MIN_WARM_UP = 500;

    /** One language: the script's size, the verdict it got, and the latency of one check in ms. */
    public record Timing(Language language, int scriptBytes, Decision decision, double medianMs, double p99Ms) {
    }

    /** {@code checks} timed checks per language, after {@code warmUps} untimed ones. */
    public record Figures(int checks, int warmUps, List<Timing> timings) {

        public Figures {
            timings = List.copyOf(timings);
        }

        /** The slowest language's median, which is what the ≤ 1 ms target is about. */
        public double worstMedianMs() {
            return timings.stream().mapToDouble(Timing::medianMs).max().orElse(Double.NaN);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format(
                    "validator, %d checks per language after %d warm-up checks (target <= 1 ms median):", checks,
                    warmUps));
            for (Timing t : timings) {
                b.append(String.format("%n  %-10s %5d bytes    median %6.3f ms  p99 %6.3f ms  (%s)",
                        t.language().wireName(), t.scriptBytes(), t.medianMs(), t.p99Ms(),
                        t.decision().wireName()));
            }
            return b.toString();
        }
    }

    private ValidatorBench() {
    }

    public static String run(int checks) {
        return measure(checks).toString();
    }

    /** {@code checks} timed checks per language after a warm-up long enough for the JIT. */
    public static Figures measure(int checks) {
        return measure(checks, Math.max(MIN_WARM_UP, checks));
    }

    /** As {@link #measure(int)} with a warm-up of one's own choosing (a test wants it short). */
    public static Figures measure(int checks, int warmUps) {
        if (checks < 1 || warmUps < 1) {
            throw new IllegalArgumentException("at least one check and one warm-up, not " + checks + " and " + warmUps);
        }
        CodeValidator validator = new CodeValidator();
        List<Timing> timings = new ArrayList<>();
        for (Language language : Language.values()) {
            timings.add(time(validator, language, script(language), checks, warmUps));
        }
        return new Figures(checks, warmUps, timings);
    }

    private static Timing time(CodeValidator validator, Language language, String code, int checks, int warmUps) {
        Decision decision = null;
        for (int i = 0; i < warmUps; i++) {
            decision = validator.check(language, code).decision();
        }
        double[] ms = new double[checks];
        for (int i = 0; i < checks; i++) {
            long t = System.nanoTime();
            Verdict v = validator.check(language, code);
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (v.decision() != decision) {
                throw new IllegalStateException("the validator changed its mind about the " + language.wireName()
                        + " bench script: " + decision + " then " + v.decision());
            }
        }
        Arrays.sort(ms);
        return new Timing(language, code.getBytes(StandardCharsets.UTF_8).length, decision, percentile(ms, 50),
                percentile(ms, 99));
    }

    /** The embedded bench script of one language. */
    static String script(Language language) {
        String name = switch (language) {
            case BASH -> "bench/report.sh";
            case PYTHON -> "bench/report.py";
            case JAVASCRIPT -> "bench/report.js";
        };
        try (InputStream in = ValidatorBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bench script " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
