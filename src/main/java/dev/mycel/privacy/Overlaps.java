package dev.mycel.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settles findings that cover the same text, deterministically: the longest span wins, then
 * the more specific type ({@link PiiType#specificity()}), then the earlier start. A span
 * inside a winner is dropped; a span that only partly overlaps a winner widens it to cover
 * both (keeping the winner's type), so no fragment of either value is left in the clear.
 */
final class Overlaps {
    private static final Comparator<Span> PRECEDENCE = Comparator.comparingInt(Span::length).reversed()
            .thenComparing(Comparator.comparingInt((Span s) -> s.type().specificity()).reversed())
            .thenComparingInt(Span::start)
            .thenComparing(Span::type);

    private Overlaps() {
    }

    static List<Span> resolve(List<Span> found) {
        // sort by start as primitive keys (start, index): sorting objects with a comparator cost more than the rest
        long[] keys = new long[found.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = (long) found.get(k).start() << 32 | k;
        }
        java.util.Arrays.sort(keys);
        List<Span> byStart = new ArrayList<>(keys.length);
        for (long key : keys) {
            byStart.add(found.get((int) key));
        }
        List<Span> out = new ArrayList<>(byStart.size());
        int i = 0;
        while (i < byStart.size()) {
            // a cluster: spans chained by overlap; most clusters are one span and need no judging
            int j = i + 1;
            int end = byStart.get(i).end();
            while (j < byStart.size() && byStart.get(j).start() < end) {
                end = Math.max(end, byStart.get(j).end());
                j++;
            }
            if (j == i + 1) {
                out.add(byStart.get(i));
            } else {
                out.addAll(settle(byStart.subList(i, j)));
            }
            i = j;
        }
        return List.copyOf(out);
    }

    private static java.util.Collection<Span> settle(List<Span> cluster) {
        List<Span> ordered = new ArrayList<>(cluster);
        ordered.sort(PRECEDENCE);
        TreeMap<Integer, Span> kept = new TreeMap<>();
        for (Span candidate : ordered) {
            place(kept, candidate);
        }
        return kept.values();
    }

    private static void place(TreeMap<Integer, Span> kept, Span candidate) {
        List<Span> touching = new ArrayList<>();
        Map.Entry<Integer, Span> before = kept.floorEntry(candidate.start());
        if (before != null && before.getValue().overlaps(candidate)) {
            touching.add(before.getValue());
        }
        for (Span s : kept.subMap(candidate.start(), false, candidate.end(), false).values()) {
            touching.add(s);
        }
        if (touching.isEmpty()) {
            kept.put(candidate.start(), candidate);
            return;
        }
        if (touching.size() == 1 && touching.getFirst().contains(candidate)) {
            return;
        }
        Span winner = touching.getFirst();
        int start = candidate.start();
        int end = candidate.end();
        for (Span s : touching) {
            kept.remove(s.start());
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
            winner = PRECEDENCE.compare(s, winner) < 0 ? s : winner;
        }
        kept.put(start, new Span(winner.type(), start, end));
    }
}
