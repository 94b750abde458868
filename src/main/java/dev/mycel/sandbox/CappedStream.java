package dev.mycel.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains one pipe of the child to its end, keeping at most {@code limit} bytes. Reading never
 * stops (a child blocked on a full pipe would never exit), but storing does: a flood costs
 * CPU, not memory.
 */
final class CappedStream implements Runnable {
    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private volatile boolean truncated;

    CappedStream(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public void run() {
        byte[] buf = new byte[16 * 1024];
        try (in) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                keep(buf, n);
            }
        } catch (IOException e) {
            // The pipe closes under us when the runner gives up after a kill; what was kept stands.
            truncated = truncated || kept.size() >= limit;
        }
    }

    private synchronized void keep(byte[] buf, int n) {
        int room = limit - kept.size();
        if (n > room) {
            truncated = true;
        }
        kept.write(buf, 0, Math.max(0, Math.min(room, n)));
    }

    boolean truncated() {
        return truncated;
    }

    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
