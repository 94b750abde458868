package dev.mycel.ai.offline;

import dev.mycel.patterns.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The patterns' example phrasings as sentence vectors, searched in two stages so that it stays
 * fast with many thousands of patterns: every pattern's centroid is scored first (one dot
 * product each), then the best {@link #SHORTLIST} are scored exactly, by their closest examples
 * and the request's keywords ({@link Keywords}).
 */
public final class PatternIndex {
    static final int SHORTLIST = 48;

    private final List<Pattern> patterns;
    private final float[][] centroids;
    private final float[][][] examples;
    private final List<Set<String>> vocabularies;
    private final Map<String, Double> idf;
    private final double unknownWeight;

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
        this.vocabularies = this.patterns.stream().map(PatternIndex::vocabulary).toList();
        this.idf = Keywords.idf(vocabularies);
        this.unknownWeight = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }

    private static Set<String> vocabulary(Pattern p) {
        Set<String> words = new HashSet<>(Keywords.of(p.description() + " " + p.id().replace('-', ' ')));
        p.examples().forEach(e -> words.addAll(Keywords.of(SlotFinder.find(e).masked())));
        return words;
    }

    /** Embeds every pattern's description and examples. */
    public static PatternIndex build(List<Pattern> patterns, Embedder embedder) {
        float[][][] vectors = new float[patterns.size()][][];
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            // examples are masked as requests are, so a value in an example does not pull requests towards it
            List<String> texts = new ArrayList<>(p.examples().stream().map(e -> SlotFinder.find(e).masked()).toList());
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

    /** Weight of the shared words against the sentence similarity in a pattern's score. */
    static final double KEYWORDS = 0.1;

    /** The {@code k} closest patterns by sentence vector alone, best first. */
    public List<Scored> nearest(float[] query, int k) {
        return nearest(query, Set.of(), k);
    }

    /**
     * The {@code k} closest patterns, best first: the shortlist by sentence vector, then each
     * scored by its closest example blended with how much of the request's keywords it shares.
     */
    public List<Scored> nearest(float[] query, Set<String> keywords, int k) {
        int n = centroids.length;
        float[] rough = new float[n];
        for (int i = 0; i < n; i++) {
            rough[i] = Embedder.dot(query, centroids[i]);
        }
        int[] shortlist = top(rough, Math.min(SHORTLIST, n));
        List<Scored> exact = new ArrayList<>(shortlist.length);
        for (int i : shortlist) {
            float best = exampleScore(query, examples[i]);
            float score = keywords.isEmpty() ? best : (float) ((1 - KEYWORDS) * best
                    + KEYWORDS * Keywords.coverage(keywords, vocabularies.get(i), idf, unknownWeight));
            exact.add(new Scored(patterns.get(i), score));
        }
        exact.sort(Comparator.comparingDouble((Scored s) -> s.score()).reversed());
        return exact.subList(0, Math.min(k, exact.size()));
    }

    /**
     * A pattern's closeness: the mean of its three closest phrasings (examples and description).
     * One lucky example decides less than with the single best, which tells close patterns
     * (empty files / empty folders) apart better on the held-out set.
     */
    static float exampleScore(float[] query, float[][] ex) {
        float[] d = new float[ex.length];
        for (int j = 0; j < ex.length; j++) {
            d[j] = Embedder.dot(query, ex[j]);
        }
        java.util.Arrays.sort(d);
        int n = Math.min(3, d.length);
        float sum = 0;
        for (int j = 0; j < n; j++) {
            sum += d[d.length - 1 - j];
        }
        return sum / n;
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
