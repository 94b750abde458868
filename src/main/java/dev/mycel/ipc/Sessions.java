package dev.mycel.ipc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The live sessions, in memory only (T4: nothing on disk). Ids are random UUIDs drawn from
 * SecureRandom (122 random bits); a session expires after {@code idle} without use.
 */
public final class Sessions {
    private final ConcurrentHashMap<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final InstantSource clock;
    private final Duration idle;
    private final AtomicLong labels = new AtomicLong();
    private volatile Consumer<Session> onExpired = s -> { };

    public Sessions(SecureRandom random, InstantSource clock, Duration idle) {
        this.random = random;
        this.clock = clock;
        this.idle = idle;
    }

    /** Lets other parts (pending confirmations, scoped approvals) forget an expired session. */
    public void onExpired(Consumer<Session> listener) {
        this.onExpired = listener;
    }

    public Session open(String user) {
        Session s = new Session(randomUuid(), user, "s" + labels.incrementAndGet(), clock.instant());
        byId.put(s.id(), s);
        return s;
    }

    /** The session with that id if it is live and belongs to {@code user}; never another user's. */
    public Optional<Session> resume(String id, String user) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null || !s.user().equals(user) || expired(s)) {
            return Optional.empty();
        }
        s.touch(clock.instant());
        return Optional.of(s);
    }

    /** Marks use; false when the session has expired meanwhile (the caller must re-authenticate). */
    public boolean touch(Session s) {
        if (expired(s) || byId.get(s.id()) != s) {
            return false;
        }
        s.touch(clock.instant());
        return true;
    }

    public Instant expiresAt(Session s) {
        return s.lastSeen().plus(idle);
    }

    public String idOf(Session s) {
        return s.id();
    }

    public int count() {
        return byId.size();
    }

    /** Removes expired sessions; the runtime calls it periodically. */
    public int sweep() {
        int removed = 0;
        for (Session s : byId.values()) {
            if (expired(s) && byId.remove(s.id(), s)) {
                removed++;
                onExpired.accept(s);
            }
        }
        return removed;
    }

    private boolean expired(Session s) {
        return !clock.instant().isBefore(expiresAt(s));
    }

    private String randomUuid() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (b[i] & 0xff);
            lsb = (lsb << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(msb, lsb).toString();
    }
}
