package dev.mycel.ai.offline;

import dev.mycel.patterns.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The patterns' example phrasings as sentence vectors, searched in two stages so that it stays
 * fast with many thousands of patterns: every pattern's centroid is scored first (one dot
 * product each), then the best {@link #SHORTLIST} are scored exactly, by their closest example.
 */
public final class PatternIndex {
    static final int SHORTLIST = 48;

    private final List<Pattern> patterns;
    private final float[][] centroids;
    private final float[][][] examples;

    /** How close one pattern came: its best example's cosine similarity to the request. */
    public record Scored(Pattern pattern, float score) {
    }

    PatternIndex(List<Pattern> patterns, float[][][] examples) {
        this.patterns = List.copyOf(patterns);
        this.examples = examples;
        this.centroids = new float[examples.length][];
        for (int i = 0; i < examples.length; i++) {
            centroids[i] = centroid(examples[i]);
        }
    }

    /** Embeds every pattern's description and examples. */
    public static PatternIndex build(List<Pattern> patterns, Embedder embedder) {
        float[][][] vectors = new float[patterns.size()][][];
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            List<String> texts = new ArrayList<>(p.examples());
            texts.add(p.description());
            vectors[i] = texts.stream().map(embedder::embed).toArray(float[][]::new);
        }
        return new PatternIndex(patterns, vectors);
    }

    /** For benchmarks: patterns whose example vectors are already known. */
    public static PatternIndex ofVectors(List<Pattern> patterns, float[][][] examples) {
        return new PatternIndex(patterns, examples);
    }

    public int size() {
        return patterns.size();
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    /** The {@code k} closest patterns, best first. */
    public List<Scored> nearest(float[] query, int k) {
        int n = centroids.length;
        float[] rough = new float[n];
        for (int i = 0; i < n; i++) {
            rough[i] = Embedder.dot(query, centroids[i]);
        }
        int[] shortlist = top(rough, Math.min(SHORTLIST, n));
        List<Scored> exact = new ArrayList<>(shortlist.length);
        for (int i : shortlist) {
            float best = -1;
            for (float[] e : examples[i]) {
                best = Math.max(best, Embedder.dot(query, e));
            }
            exact.add(new Scored(patterns.get(i), best));
        }
        exact.sort(Comparator.comparingDouble((Scored s) -> s.score()).reversed());
        return exact.subList(0, Math.min(k, exact.size()));
    }

    /** Indices of the {@code m} largest values, by a bounded selection (no full sort of n). */
    private static int[] top(float[] values, int m) {
        int[] best = new int[m];
        float[] bestValue = new float[m];
        Arrays.fill(bestValue, Float.NEGATIVE_INFINITY);
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (count < m) {
                insert(best, bestValue, count++, i, v);
            } else if (v > bestValue[m - 1]) {
                insert(best, bestValue, m - 1, i, v);
            }
        }
        return Arrays.copyOf(best, count);
    }

    /** Places (i, v) into the descending arrays, the slot at {@code last} being free or replaced. */
    private static void insert(int[] idx, float[] val, int last, int i, float v) {
        int j = last;
        while (j > 0 && val[j - 1] < v) {
            idx[j] = idx[j - 1];
            val[j] = val[j - 1];
            j--;
        }
        idx[j] = i;
        val[j] = v;
    }

    private static float[] centroid(float[][] vectors) {
        float[] sum = new float[vectors[0].length];
        for (float[] v : vectors) {
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return Embedder.normalised(sum);
    }
}
