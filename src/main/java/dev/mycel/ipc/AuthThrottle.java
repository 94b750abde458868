package dev.mycel.ipc;

import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exponential back-off on wrong tokens per local user: after {@code freeFailures} misses each
 * further miss doubles the wait (1 s, 2 s, 4 s … up to 15 min). While waiting, auth is refused
 * without even looking at the token, so guessing cannot go faster than the back-off.
 */
public final class AuthThrottle {
    private static final long MAX_WAIT_MS = 15 * 60_000;

    private final int freeFailures;
    private final InstantSource clock;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    public AuthThrottle(int freeFailures, InstantSource clock) {
        this.freeFailures = freeFailures;
        this.clock = clock;
    }

    /** Milliseconds the user must still wait before the next attempt, 0 when an attempt may be made. */
    public long waitMs(String user) {
        State s = states.get(user);
        return s == null ? 0 : Math.max(0, s.blockedUntilMs - clock.millis());
    }

    public void failed(String user) {
        State s = states.computeIfAbsent(user, u -> new State());
        synchronized (s) {
            s.failures++;
            int over = s.failures - freeFailures;
            if (over > 0) {
                long wait = Math.min(MAX_WAIT_MS, 1000L << Math.min(over - 1, 20));
                s.blockedUntilMs = clock.millis() + wait;
            }
        }
    }

    public void succeeded(String user) {
        states.remove(user);
    }

    private static final class State {
        int failures;
        long blockedUntilMs;
    }
}
