package dev.mycel.ai.offline;

import dev.mycel.ai.Message;
import dev.mycel.patterns.Pattern;
import dev.mycel.patterns.Presentation;
import dev.mycel.policy.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The offline engine's figures: how long a matched request takes to become a proposed call
 * (embedding, search, slots, binding; not the program's run), next to one bare sentence
 * embedding, and how the index search scales to 10,000 and 100,000 patterns.
 */
public final class OfflineBench {
    private static final int DIMENSIONS = 384;
    private static final int EXAMPLES = 8;

    private OfflineBench() {
    }

    /** The built-in patterns, timed on the held-out phrasings that have a pattern. */
    public static String run(int rounds, Path cacheDir) {
        PatternMatcher matcher = BuiltInEngine.matcher(cacheDir);
        OfflineEngine engine = new OfflineEngine(matcher, dev.mycel.config.OfflineSettings.defaults().minConfidence(), Path.of(System.getProperty("user.home")));
        List<String> requests = HeldOut.load().stream().filter(c -> c.expected().isPresent()).map(HeldOut.Case::phrase).toList();
        return run(engine, MiniLm.shared(cacheDir), requests, rounds);
    }

    /** {@code requests}: phrasings to time, matched in turn (repeated to fill {@code rounds}). */
    static String run(OfflineEngine engine, Embedder embedder, List<String> requests, int rounds) {
        Path work = Path.of("").toAbsolutePath();
        for (int i = 0; i < Math.min(rounds, 30); i++) {
            engine.turn(List.of(new Message.User(requests.get(i % requests.size()))), work, "");
        }
        long[] answer = new long[rounds];
        long[] embed = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            String r = requests.get(i % requests.size());
            long t0 = System.nanoTime();
            embedder.embed(r);
            long t1 = System.nanoTime();
            engine.turn(List.of(new Message.User(r)), work, "");
            long t2 = System.nanoTime();
            embed[i] = t1 - t0;
            answer[i] = t2 - t1;
        }
        StringBuilder out = new StringBuilder("offline engine (").append(rounds).append(" requests, ")
                .append(engine.patternCount()).append(" built-in patterns)\n");
        out.append(String.format("  request to proposed call: median %.1f ms, p99 %.1f ms (target: median <= 50 ms)%n",
                ms(median(answer)), ms(p99(answer))));
        out.append(String.format("  one sentence embedding alone: median %.1f ms; the rest (search, slots, binding): %.1f ms%n",
                ms(median(embed)), ms(median(answer) - median(embed))));
        out.append(search(10_000, EXAMPLES)).append('\n');
        // only the first stage grows with the count, so one vector each keeps 100,000 within memory
        out.append(search(100_000, 1)).append('\n');
        return out.toString().stripTrailing();
    }

    /** The search alone over {@code n} synthetic patterns of {@code examples} example vectors each. */
    static String search(int n, int examples) {
        Random random = new Random(42);
        float[][][] vectors = new float[n][examples][];
        List<Pattern> patterns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < examples; e++) {
                vectors[i][e] = randomUnit(random);
            }
            patterns.add(new Pattern("synthetic-" + i, 1, "synthetic pattern " + i, List.of("example " + i), List.of(),
                    Language.BASH, "true", Presentation.TEXT, List.of(), List.of()));
        }
        PatternIndex index = PatternIndex.ofVectors(patterns, vectors);
        int queries = 300;
        long[] took = new long[queries];
        for (int q = 0; q < queries + 50; q++) {
            float[] query = randomUnit(random);
            long t0 = System.nanoTime();
            index.nearest(query, 3);
            if (q >= 50) {
                took[q - 50] = System.nanoTime() - t0;
            }
        }
        return String.format("  index search, %,d patterns (%,d example vectors): median %.2f ms, p99 %.2f ms%s",
                n, n * examples, ms(median(took)), ms(p99(took)), n == 10_000 ? " (target: < 10 ms)" : "");
    }

    private static float[] randomUnit(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Embedder.normalised(v);
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long p99(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
