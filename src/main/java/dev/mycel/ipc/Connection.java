package dev.mycel.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One accepted client: framed reads, serialised writes, the caller's local user, and the session
 * once it has authenticated. The watchdog in {@link UnixServer} closes it when it idles or
 * dribbles a line too slowly.
 */
public final class Connection {
    private final SocketChannel channel;
    private final String user;
    private final int uid;
    private final LineFramer framer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Session session;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile long writeStartNanos;

    Connection(SocketChannel channel, String user, int uid, int maxMessageBytes) {
        this.channel = channel;
        this.user = user;
        this.uid = uid;
        this.framer = new LineFramer(channel, maxMessageBytes);
    }

    /** The local user the kernel says is on the other end (SO_PEERCRED), not what the client claims. */
    public String user() {
        return user;
    }

    public int uid() {
        return uid;
    }

    public Session session() {
        return session;
    }

    public void bind(Session s) {
        this.session = s;
    }

    public Frame read() throws IOException {
        Frame f = framer.next();
        lastActivityNanos = System.nanoTime();
        return f;
    }

    /** Writes one whole line; concurrent senders (replies, notifications) never interleave. */
    public boolean send(byte[] line) {
        writeLock.lock();
        try {
            writeStartNanos = System.nanoTime();
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            return true;
        } catch (IOException e) {
            close();
            return false;
        } finally {
            writeStartNanos = 0;
            lastActivityNanos = System.nanoTime();
            writeLock.unlock();
        }
    }

    public void requestStarted() {
        inFlight.incrementAndGet();
    }

    public void requestFinished() {
        inFlight.decrementAndGet();
        lastActivityNanos = System.nanoTime();
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing an already broken socket: nothing left to release
        }
    }

    /** Why the watchdog should drop this connection now, or null when it may live on. */
    String overdue(long nowNanos, long idleNanos, long lineNanos) {
        long write = writeStartNanos;
        if (write != 0 && nowNanos - write > lineNanos) {
            return "client stopped reading";
        }
        if (framer.inLine() && nowNanos - framer.lineStartNanos() > lineNanos) {
            return "line sent too slowly";
        }
        long quiet = nowNanos - lastActivityNanos;
        if (inFlight.get() == 0 && session == null && quiet > lineNanos) {
            return "no auth in time";
        }
        if (inFlight.get() == 0 && quiet > idleNanos) {
            return "idle";
        }
        return null;
    }
}
