package dev.mycel.ipc;

import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exponential back-off on wrong tokens per local user: after {@code freeFailures} misses each
 * further miss doubles the wait (1 s, 2 s, 4 s … up to 15 min). While waiting, auth is refused
 * without even looking at the token, so guessing cannot go faster than the back-off.
 *
 * <p>{@link #attempt} checks and counts in one step: an attempt is booked as a miss before the
 * token is compared and forgiven by {@link #succeeded}. Checking first and counting after the
 * comparison would let many connections of one user pass the check together and compare a
 * whole burst of guesses before the first miss was recorded.
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
        if (s == null) {
            return 0;
        }
        synchronized (s) {
            return Math.max(0, s.blockedUntilMs - clock.millis());
        }
    }

    /**
     * Claims one attempt for {@code user}: 0 when the caller may compare a token now (the attempt
     * already counts as a miss), else the milliseconds still to wait and nothing is counted.
     */
    public long attempt(String user) {
        State s = states.computeIfAbsent(user, u -> new State());
        synchronized (s) {
            long now = clock.millis();
            if (s.blockedUntilMs > now) {
                return s.blockedUntilMs - now;
            }
            s.failures++;
            int over = s.failures - freeFailures;
            if (over > 0) {
                s.blockedUntilMs = now + Math.min(MAX_WAIT_MS, 1000L << Math.min(over - 1, 20));
            }
            return 0;
        }
    }

    /** The attempt carried the right token: the user's misses are forgotten. */
    public void succeeded(String user) {
        states.remove(user);
    }

    private static final class State {
        int failures;
        long blockedUntilMs;
    }
}
