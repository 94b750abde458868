package dev.mycel.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every occurrence of a fixed set of ASCII keywords ({@code password}, {@code dob},
 * {@code bearer}…) in one pass over lower-cased text: an Aho-Corasick automaton compiled to a
 * table, so the cost is one table step per character however many keywords the detectors
 * ask for (forty separate {@link String#indexOf} scans cost three times the whole redaction).
 */
final class Keywords {
    private static final int ALPHABET = 128;

    private final List<String> words;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Each ASCII character's column in {@link #next}: the keywords' own characters, and 0 for all others. */
    private final byte[] column = new byte[ALPHABET];
    private final int columns;
    private final int[] next;
    private final boolean[] ends;
    /** For each state, the ids of the keywords that end there (its own and via failure links), or null. */
    private final int[][] ending;

    Keywords(java.util.Collection<String> keywords) {
        this.words = List.copyOf(new java.util.TreeSet<>(keywords));
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(newState());
        out.add(new ArrayList<>());
        for (int id = 0; id < words.size(); id++) {
            String w = words.get(id);
            ids.put(w, id);
            int state = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= ALPHABET || c >= 'A' && c <= 'Z') {
                    throw new IllegalArgumentException("keywords are lower-case ASCII: " + w);
                }
                if (trie.get(state)[c] < 0) {
                    trie.get(state)[c] = trie.size();
                    trie.add(newState());
                    out.add(new ArrayList<>());
                }
                state = trie.get(state)[c];
            }
            out.get(state).add(id);
        }
        int used = 1;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (column[w.charAt(i)] == 0) {
                    column[w.charAt(i)] = (byte) used++;
                }
            }
        }
        this.columns = used;
        int[] full = new int[trie.size() * ALPHABET];
        this.ending = new int[trie.size()][];
        link(trie, out, full);
        // keep one column per character class: a table small enough to stay in the CPU's cache
        this.next = new int[trie.size() * columns];
        this.ends = new boolean[trie.size()];
        for (int state = 0; state < trie.size(); state++) {
            ends[state] = ending[state] != null;
            for (int c = 0; c < ALPHABET; c++) {
                next[state * columns + column[c]] = full[state * ALPHABET + c];
            }
        }
    }

    /** Breadth-first: each state's missing transitions follow its failure link, so scanning never backtracks. */
    private void link(List<int[]> trie, List<List<Integer>> out, int[] next) {
        int[] fail = new int[trie.size()];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int s = trie.get(0)[c];
            next[c] = Math.max(s, 0);
            if (s > 0) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            out.get(state).addAll(out.get(fail[state]));
            for (int c = 0; c < ALPHABET; c++) {
                int s = trie.get(state)[c];
                if (s > 0) {
                    fail[s] = next[fail[state] * ALPHABET + c];
                    queue.add(s);
                    next[state * ALPHABET + c] = s;
                } else {
                    next[state * ALPHABET + c] = next[fail[state] * ALPHABET + c];
                }
            }
        }
        for (int s = 0; s < out.size(); s++) {
            ending[s] = out.get(s).isEmpty() ? null : out.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static int[] newState() {
        int[] s = new int[ALPHABET];
        Arrays.fill(s, -1);
        return s;
    }

    /** Where each keyword starts in {@code lower}: one sorted array per keyword, indexed by {@link #id}. */
    int[][] find(String lower) {
        Hits hits = new Hits();
        int state = 0;
        for (int i = 0; i < lower.length(); i++) {
            state = step(state, lower.charAt(i));
            if (ends(state)) {
                hits.add(state, i);
            }
        }
        return hits.done();
    }

    /** The automaton's state after reading {@code c} (lower-case) in {@code state}; start in state 0. */
    int step(int state, char c) {
        return next[state * columns + (c < ALPHABET ? column[c] : 0)];
    }

    /** Whether some keyword ends in {@code state}. */
    boolean ends(int state) {
        return ends[state];
    }

    /** Collects the keyword positions of one scan. */
    final class Hits {
        private final int[][] hits = new int[words.size()][];
        private final int[] counts = new int[words.size()];

        Hits() {
            for (int k = 0; k < hits.length; k++) {
                hits[k] = new int[8];
            }
        }

        /** The keywords ending in {@code state}, whose last character is at {@code i}. */
        void add(int state, int i) {
            for (int id : ending[state]) {
                if (counts[id] == hits[id].length) {
                    hits[id] = Arrays.copyOf(hits[id], counts[id] * 2);
                }
                hits[id][counts[id]++] = i + 1 - words.get(id).length();
            }
        }

        int[][] done() {
            for (int k = 0; k < hits.length; k++) {
                hits[k] = Arrays.copyOf(hits[k], counts[k]);
            }
            return hits;
        }
    }

    /** The index of {@code word} in {@link #find}'s result; the word must have been given at construction. */
    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            throw new IllegalArgumentException("not a registered keyword: " + word);
        }
        return id;
    }
}
