package dev.mycel.ipc;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One authenticated conversation. Made only by {@link Sessions} after a successful auth, so a
 * handler holding one knows the caller proved the token. The id is a secret bearer value:
 * {@code toString} and {@link #label()} never show it.
 */
public final class Session {
    private final String id;
    private final String user;
    private final String label;
    private final AtomicReference<Instant> lastSeen;

    Session(String id, String user, String label, Instant now) {
        this.id = id;
        this.user = user;
        this.label = label;
        this.lastSeen = new AtomicReference<>(now);
    }

    String id() {
        return id;
    }

    /** The local user (peer credentials) that opened it. */
    public String user() {
        return user;
    }

    /** A short, non-secret name for logs and the audit log, e.g. {@code s7}. */
    public String label() {
        return label;
    }

    Instant lastSeen() {
        return lastSeen.get();
    }

    void touch(Instant now) {
        lastSeen.set(now);
    }

    @Override
    public String toString() {
        return "Session[" + label + "]";
    }
}
