package dev.mycel.web;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logged-in browsers, in memory only: a restart forgets every one. The cookie value is a
 * {@link Secret} known only to the browser; the server keys sessions by its digest. Each session
 * has a non-secret label that the runtime maps to its own runtime session.
 */
final class BrowserSessions {
    static final String COOKIE = "mycel_session";
    private static final int MAX_SESSIONS = 64;

    /** A logged-in browser; {@code label} is what the backend sees, never the cookie. */
    record BrowserSession(String label) {
    }

    private static final class Entry {
        final BrowserSession session;
        volatile Instant lastSeen;

        Entry(BrowserSession session, Instant lastSeen) {
            this.session = session;
            this.lastSeen = lastSeen;
        }
    }

    private final InstantSource clock;
    private final Duration idle;
    private final Map<String, Entry> byDigest = new ConcurrentHashMap<>();

    BrowserSessions(InstantSource clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    /** A new session; the returned cookie value goes to the browser and nowhere else. */
    Secret open() {
        Instant now = clock.instant();
        byDigest.values().removeIf(e -> expired(e, now));
        if (byDigest.size() >= MAX_SESSIONS) {
            byDigest.values().stream().min(java.util.Comparator.comparing(e -> e.lastSeen))
                    .ifPresent(oldest -> byDigest.values().remove(oldest));
        }
        Secret cookie = Secret.random();
        byDigest.put(cookie.digest(), new Entry(new BrowserSession("web-" + Secret.label(4)), now));
        return cookie;
    }

    Optional<BrowserSession> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty()) {
            return Optional.empty();
        }
        String digest = Secret.digestOf(cookieValue);
        Entry e = byDigest.get(digest);
        Instant now = clock.instant();
        if (e == null) {
            return Optional.empty();
        }
        if (expired(e, now)) {
            byDigest.remove(digest);
            return Optional.empty();
        }
        e.lastSeen = now;
        return Optional.of(e.session);
    }

    private boolean expired(Entry e, Instant now) {
        return !now.isBefore(e.lastSeen.plus(idle));
    }
}
