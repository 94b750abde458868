package dev.mycel.ai;

import java.io.ByteArrayOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads a streamed body line by line (LF, CRLF or a lone CR end a line, as SSE allows) with two
 * guards: a watchdog closes the stream when no byte arrived for {@code idle}, and a line or the
 * whole body longer than its cap is refused while reading, before it is buffered.
 * Closing the JDK's response stream unblocks a read that is waiting, which is what makes the
 * watchdog work.
 */
final class StreamLines implements AutoCloseable {
    /** The stream was refused for breaking a limit. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final long idleNanos;
    private final int maxLine;
    private final long maxTotal;
    private final Thread watchdog;
    private volatile long lastByte = System.nanoTime();
    private volatile boolean timedOut;
    private volatile boolean closed;
    private long total;
    private boolean skipLf;

    StreamLines(InputStream raw, Duration idle, int maxLine, long maxTotal) {
        this.in = new BufferedInputStream(raw, 8192);
        this.idleNanos = idle.toNanos();
        this.maxLine = maxLine;
        this.maxTotal = maxTotal;
        this.watchdog = Thread.ofVirtual().name("mycel-stream-watchdog").start(this::watch);
    }

    /** The next line without its ending, or null at the end of the body. */
    String next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            lastByte = System.nanoTime();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (++total > maxTotal) {
                throw new LimitExceeded("the answer is longer than " + maxTotal + " bytes");
            }
            if (b == '\n' && skipLf) {
                skipLf = false;
                continue;
            }
            skipLf = b == '\r';
            if (b == '\n' || b == '\r') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() >= maxLine) {
                throw new LimitExceeded("a line of the answer is longer than " + maxLine + " bytes");
            }
            line.write(b);
        }
    }

    /** True when the stream ended because it was silent too long, not because the server closed it. */
    boolean timedOut() {
        return timedOut;
    }

    private void watch() {
        try {
            while (!closed) {
                long quiet = System.nanoTime() - lastByte;
                if (quiet >= idleNanos) {
                    timedOut = true;
                    closeQuietly();
                    return;
                }
                Thread.sleep(Duration.ofNanos(idleNanos - quiet));
            }
        } catch (InterruptedException e) {
            // closed by the reader: nothing left to guard
        }
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the closed stream; this close only wakes it
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.interrupt();
        closeQuietly();
    }
}
