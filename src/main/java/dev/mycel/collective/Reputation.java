package dev.mycel.collective;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Authors' standing computed from verified outcome reports, EigenTrust style (Kamvar, Schlosser,
 * Garcia-Molina 2003), as {@code docs/REPUTATION.md} describes: local trust from each reporter's
 * decayed successes minus failures, normalised per reporter; global trust t as the fixed point of
 * t = (1-a)·Cᵀt + a·p, p spread evenly over the pre-trusted parties; the standing t_j divided by the
 * largest t of an author who is not pre-trusted. Because every bit of trust starts at a pre-trusted
 * party, keys that only praise each other hold exactly none.
 *
 * <p>What counts: reports by blocked reporters or about blocked authors do not, nor a reporter's
 * reports about its own patterns, nor reports dated further ahead than the clock skew (reports
 * slightly ahead count as new). A report that arrives twice counts once. An immutable snapshot.
 */
public final class Reputation {
    /** What the confirmation prompt says about an author. */
    public enum Level {
        /** The user blocked this author: score 0, whatever others say. */
        BLOCKED,
        /** This instance, or an author the user trusts: score 1. */
        TRUSTED,
        /** Trust reaches this author from the pre-trusted parties, at least the threshold's worth. */
        ESTABLISHED,
        /** Reports exist, but too little trust reaches this author from the pre-trusted parties. */
        LOW,
        /** No report about this author counts. */
        UNKNOWN
    }

    /** The standing in [0, 1], its level, and how many reports about the author counted. */
    public record Standing(double score, Level level, int reports) {
    }

    private final TrustAnchors anchors;
    private final ReputationModel model;
    private final Map<AuthorKey, Double> trust;
    private final Map<AuthorKey, Integer> reportsAbout;
    private final double best;
    private final int iterations;
    private final boolean converged;

    private Reputation(TrustAnchors anchors, ReputationModel model, Map<AuthorKey, Double> trust,
                       Map<AuthorKey, Integer> reportsAbout, int iterations, boolean converged) {
        this.anchors = anchors;
        this.model = model;
        this.trust = trust;
        this.reportsAbout = reportsAbout;
        Set<AuthorKey> pre = anchors.preTrusted();
        this.best = trust.entrySet().stream().filter(e -> !pre.contains(e.getKey())).mapToDouble(Map.Entry::getValue).max().orElse(0);
        this.iterations = iterations;
        this.converged = converged;
    }

    public static Reputation compute(Collection<OutcomeReport.Verified> reports, TrustAnchors anchors, ReputationModel model, Instant now) {
        Set<OutcomeReport> counted = new LinkedHashSet<>();
        Map<AuthorKey, Integer> about = new HashMap<>();
        Instant latest = now.plus(model.clockSkew());
        for (OutcomeReport.Verified v : reports) {
            OutcomeReport r = v.report();
            if (anchors.blocked().contains(r.reporter()) || r.reporter().equals(r.patternAuthor()) || r.time().isAfter(latest)) {
                continue;
            }
            if (counted.add(r)) {
                about.merge(r.patternAuthor(), 1, Integer::sum);
            }
        }
        counted.removeIf(r -> anchors.blocked().contains(r.patternAuthor()));
        Graph g = Graph.of(counted, anchors.preTrusted(), model, now);
        double[] t = g.preTrust.clone();
        int step = 0;
        boolean done = false;
        while (!done && step < model.maxIterations()) {
            double[] next = g.step(t, model.preTrustWeight());
            done = l1(next, t) < model.tolerance();
            t = next;
            step++;
        }
        Map<AuthorKey, Double> trust = new HashMap<>();
        for (int i = 0; i < g.keys.size(); i++) {
            trust.put(g.keys.get(i), t[i]);
        }
        return new Reputation(anchors, model, trust, about, step, done);
    }

    public Standing standing(AuthorKey author) {
        int n = reportsAbout.getOrDefault(author, 0);
        if (anchors.blocked().contains(author)) {
            return new Standing(0, Level.BLOCKED, n);
        }
        if (anchors.preTrusted().contains(author)) {
            return new Standing(1, Level.TRUSTED, n);
        }
        if (n == 0) {
            return new Standing(0, Level.UNKNOWN, 0);
        }
        double score = best > 0 ? Math.min(1, trust.getOrDefault(author, 0.0) / best) : 0;
        return new Standing(score, score >= model.threshold() ? Level.ESTABLISHED : Level.LOW, n);
    }

    /** The power iteration's steps, and whether it stopped because the change fell below the tolerance. */
    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    /** The global trust t_j itself, a share of 1 (0 for a key not in the graph). */
    double trust(AuthorKey key) {
        return trust.getOrDefault(key, 0.0);
    }

    private static double l1(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Math.abs(a[i] - b[i]);
        }
        return d;
    }

    /** The normalised local-trust matrix C, row by row, and the pre-trust distribution p. */
    private record Graph(List<AuthorKey> keys, int[][] targets, double[][] shares, double[] preTrust) {
        static Graph of(Set<OutcomeReport> reports, Set<AuthorKey> preTrusted, ReputationModel model, Instant now) {
            Map<AuthorKey, Integer> index = new LinkedHashMap<>();
            preTrusted.forEach(k -> index.putIfAbsent(k, index.size()));
            List<Map<Integer, Double>> opinion = new ArrayList<>();
            for (OutcomeReport r : reports) {
                int i = index.computeIfAbsent(r.reporter(), k -> index.size());
                int j = index.computeIfAbsent(r.patternAuthor(), k -> index.size());
                while (opinion.size() < index.size()) {
                    opinion.add(new HashMap<>());
                }
                Duration age = Duration.between(r.time(), now);
                double w = model.weight(age.isNegative() ? Duration.ZERO : age);
                opinion.get(i).merge(j, r.success() ? w : -w, Double::sum);
            }
            int n = index.size();
            while (opinion.size() < n) {
                opinion.add(new HashMap<>());
            }
            int[][] targets = new int[n][];
            double[][] shares = new double[n][];
            for (int i = 0; i < n; i++) {
                // s_ij floored at 0: a reporter's bad experiences lower its own opinion, never another's
                List<Map.Entry<Integer, Double>> positive = opinion.get(i).entrySet().stream().filter(e -> e.getValue() > 0).toList();
                double sum = positive.stream().mapToDouble(Map.Entry::getValue).sum();
                targets[i] = positive.stream().mapToInt(Map.Entry::getKey).toArray();
                shares[i] = positive.stream().mapToDouble(e -> e.getValue() / sum).toArray();
            }
            double[] p = new double[n];
            for (AuthorKey k : preTrusted) {
                p[index.get(k)] = 1.0 / preTrusted.size();
            }
            return new Graph(List.copyOf(index.keySet()), targets, shares, p);
        }

        /** (1-a)·Cᵀt + a·p, where a reporter with no positive opinion passes its trust on as p (so t stays a distribution). */
        double[] step(double[] t, double a) {
            double[] next = new double[t.length];
            double undirected = 0;
            for (int i = 0; i < t.length; i++) {
                if (targets[i].length == 0) {
                    undirected += t[i];
                }
                for (int k = 0; k < targets[i].length; k++) {
                    next[targets[i][k]] += (1 - a) * shares[i][k] * t[i];
                }
            }
            for (int i = 0; i < t.length; i++) {
                next[i] += (a + (1 - a) * undirected) * preTrust[i];
            }
            return next;
        }
    }
}
