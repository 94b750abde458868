package dev.mycel.ai.offline;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The MiniLM sentence model that ships inside the jar, loaded once in the background: the runtime
 * starts at once, and the first request waits only for what is left of the load (about a second).
 */
public final class MiniLm implements Embedder {
    /**
     * Calls into ONNX Runtime hold this shared, and {@link #quiesce} takes it for good. ONNX
     * Runtime's own shutdown hook frees its environment, and shutdown hooks run side by side, so
     * a load or an embedding still running then crashes the JVM (and leaves a crash file in the
     * user's working directory). Java cannot order hooks: the process quiesces before exiting.
     */
    private static final ReentrantReadWriteLock NATIVE = new ReentrantReadWriteLock(true);
    private static volatile boolean quiescing;

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
                f.complete(whileNotExiting(AllMiniLmL6V2QuantizedEmbeddingModel::new));
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
        AllMiniLmL6V2QuantizedEmbeddingModel m = model();
        return Embedder.normalised(whileNotExiting(() -> m.embed(text).content().vector()));
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

    private static <T> T whileNotExiting(java.util.function.Supplier<T> nativeCall) {
        Lock shared = NATIVE.readLock();
        if (quiescing || !tryNow(shared)) {
            throw new IllegalStateException("Mycel is exiting; the sentence model is not used any more");
        }
        try {
            return nativeCall.get();
        } finally {
            shared.unlock();
        }
    }

    private static boolean tryNow(Lock lock) {
        try {
            return lock.tryLock(0, TimeUnit.MILLISECONDS); // unlike tryLock(), this one queues behind the exit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits (at most {@code wait}) for running loads and embeddings to end and refuses any that
     * would start later. Call it just before the process exits; it is cheap when the model was
     * never used.
     */
    public static void quiesce(java.time.Duration wait) {
        quiescing = true;
        try {
            NATIVE.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
