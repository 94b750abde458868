package dev.mycel.ai.offline;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The MiniLM sentence model that ships inside the jar, loaded once in the background: the runtime
 * starts at once, and the first request waits only for what is left of the load (about a second).
 */
public final class MiniLm implements Embedder {
    private final CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> model;

    private MiniLm(CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> model) {
        this.model = model;
    }

    private static MiniLm shared;

    /**
     * The one model of this process, its load started by the first caller: runtimes started side
     * by side in one JVM (tests, benchmarks) share its ~100 MB and its second of loading.
     */
    public static synchronized MiniLm shared(java.nio.file.Path cacheDir) {
        if (shared == null) {
            // the tokenizer's native library is unpacked here, not in ~/.djl.ai; nothing is downloaded
            System.setProperty("DJL_CACHE_DIR", cacheDir.resolve("djl").toString());
            System.setProperty("ai.djl.offline", "true");
            shared = loadInBackground();
        }
        return shared;
    }

    /** Starts loading on a background thread and returns at once. */
    public static MiniLm loadInBackground() {
        CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(new AllMiniLmL6V2QuantizedEmbeddingModel());
            } catch (RuntimeException | LinkageError e) {
                f.completeExceptionally(e);
            }
        }, "minilm-load");
        t.setDaemon(true);
        t.start();
        return new MiniLm(f);
    }

    public boolean loaded() {
        return model.isDone() && !model.isCompletedExceptionally();
    }

    @Override
    public float[] embed(String text) {
        return Embedder.normalised(model().embed(text).content().vector());
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        try {
            return model.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sentence model was loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the sentence model could not be loaded: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
