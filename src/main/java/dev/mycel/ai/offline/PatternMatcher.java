package dev.mycel.ai.offline;

import dev.mycel.patterns.Pattern;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Request text to the closest patterns with the slot values found in it. The index of example
 * vectors is built in the background as soon as the matcher exists; the first request waits
 * for it, later ones cost one sentence embedding and the index search.
 */
public final class PatternMatcher {
    private final List<Pattern> patterns;
    private final Embedder embedder;
    private final CompletableFuture<PatternIndex> index;

    /** One candidate: how close it came (cosine, -1..1) and the slot values found for it. */
    public record Match(Pattern pattern, float score, Map<String, String> slots) {
        public Match {
            slots = Map.copyOf(slots);
        }
    }

    private PatternMatcher(List<Pattern> patterns, Embedder embedder, CompletableFuture<PatternIndex> index) {
        this.patterns = List.copyOf(patterns);
        this.embedder = embedder;
        this.index = index;
    }

    /** Starts embedding the patterns' examples on a background thread and returns at once. */
    public static PatternMatcher inBackground(List<Pattern> patterns, Embedder embedder) {
        CompletableFuture<PatternIndex> index = CompletableFuture.supplyAsync(() -> PatternIndex.build(patterns, embedder),
                r -> {
                    Thread t = new Thread(r, "pattern-index");
                    t.setDaemon(true);
                    t.start();
                });
        return new PatternMatcher(patterns, embedder, index);
    }

    /** A matcher over an index built elsewhere (benchmarks with synthetic vectors). */
    public static PatternMatcher of(PatternIndex index, Embedder embedder) {
        return new PatternMatcher(index.patterns(), embedder, CompletableFuture.completedFuture(index));
    }

    /** Whether the index is built, so a request is answered without waiting for the model. */
    public boolean ready() {
        return index.isDone() && !index.isCompletedExceptionally();
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    public List<Match> closest(String request, int k) {
        if (request.isBlank() || patterns.isEmpty()) {
            return List.of();
        }
        SlotFinder.Found found = SlotFinder.find(request);
        float[] query = embedder.embed(found.masked());
        return index().nearest(query, Keywords.of(found.masked()), k).stream()
                .map(s -> new Match(s.pattern(), s.score(), SlotFinder.assign(s.pattern(), found))).toList();
    }

    private PatternIndex index() {
        try {
            return index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the pattern index was being built", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the pattern index could not be built: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
