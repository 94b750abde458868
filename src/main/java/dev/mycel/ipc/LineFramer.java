package dev.mycel.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * Splits a byte stream into newline-terminated lines of at most {@code maxBytes}. The limit is
 * enforced while reading: bytes past it are counted and dropped, never buffered, so an endless
 * line costs a fixed amount of memory (invariant 6).
 */
final class LineFramer {
    private static final int READ_CHUNK = 16 * 1024;

    private final ReadableByteChannel in;
    private final int maxBytes;
    private final ByteBuffer chunk = ByteBuffer.allocate(READ_CHUNK);
    private byte[] line = new byte[1024];
    private int lineLength;
    private long dropped;
    private volatile boolean partial;
    private volatile long lineStartNanos;

    LineFramer(ReadableByteChannel in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        chunk.flip();
    }

    /** True while a line has started but not ended; the slow-client watchdog uses it. */
    boolean inLine() {
        return partial;
    }

    long lineStartNanos() {
        return lineStartNanos;
    }

    Frame next() throws IOException {
        while (true) {
            if (chunk.hasRemaining()) {
                Frame done = scanChunk();
                if (done != null) {
                    return done;
                }
            }
            chunk.clear();
            int n = in.read(chunk);
            chunk.flip();
            if (n < 0) {
                return new Frame.End();
            }
        }
    }

    /** Takes bytes from the chunk up to the next newline in bulk; null when the chunk ran out first. */
    private Frame scanChunk() {
        byte[] a = chunk.array();
        int from = chunk.position();
        int end = chunk.limit();
        int nl = from;
        while (nl < end && a[nl] != '\n') {
            nl++;
        }
        if (nl > from && !partial) {
            partial = true;
            lineStartNanos = System.nanoTime();
        }
        append(a, from, nl - from);
        if (nl == end) {
            chunk.position(end);
            return null;
        }
        chunk.position(nl + 1);
        return finishLine();
    }

    private void append(byte[] src, int from, int count) {
        if (count == 0) {
            return;
        }
        if (dropped > 0 || lineLength + count > maxBytes) {
            // counted, never kept: the part already buffered is given up too
            dropped += lineLength + count;
            lineLength = 0;
            shrink();
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(line.length * 2, lineLength + count)));
        }
        System.arraycopy(src, from, line, lineLength, count);
        lineLength += count;
    }

    private Frame finishLine() {
        partial = false;
        if (dropped > 0) {
            long total = dropped;
            dropped = 0;
            shrink();
            return new Frame.Oversized(total);
        }
        byte[] out = Arrays.copyOf(line, lineLength);
        lineLength = 0;
        shrink();
        return new Frame.Line(out);
    }

    /** A connection that once sent a big line must not keep a big buffer for the rest of its life. */
    private void shrink() {
        if (line.length > 64 * 1024) {
            line = new byte[1024];
        }
    }
}
