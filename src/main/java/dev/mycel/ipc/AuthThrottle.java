package dev.mycel.ipc;

import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Exponential back-off on wrong tokens per local user: after {@code freeFailures} misses each
 * further miss doubles the wait (1 s, 2 s, 4 s … up to 15 min). While waiting, auth is refused
 * without even looking at the token, so guessing cannot go faster than the back-off.
 *
 * <p>{@link #attempt} checks the wait, compares and books the outcome under the user's lock, in
 * one step. Checking first and counting after the comparison let many connections of one user
 * pass the check together and compare a whole burst of guesses; counting every attempt as a
 * miss in advance would instead throttle a burst of right tokens. The comparison is a short
 * constant-time check, so holding the lock for it costs nothing.
 */
public final class AuthThrottle {
    private static final long MAX_WAIT_MS = 15 * 60_000;

    private final int freeFailures;
    private final InstantSource clock;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    /** How one attempt went. */
    public sealed interface Attempt {
        record Accepted() implements Attempt {
        }

        /** The token was wrong; the miss is counted. */
        record Refused() implements Attempt {
        }

        /** Not compared at all: the user must wait this long first. */
        record Throttled(long waitMs) implements Attempt {
        }
    }

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
     * Runs {@code tokenMatches} unless {@code user} must wait; a match forgets the user's misses,
     * a mismatch counts one and may start a wait.
     */
    public Attempt attempt(String user, BooleanSupplier tokenMatches) {
        State s = states.computeIfAbsent(user, u -> new State());
        synchronized (s) {
            long now = clock.millis();
            if (s.blockedUntilMs > now) {
                return new Attempt.Throttled(s.blockedUntilMs - now);
            }
            if (tokenMatches.getAsBoolean()) {
                s.failures = 0;
                s.blockedUntilMs = 0;
                return new Attempt.Accepted();
            }
            s.failures++;
            int over = s.failures - freeFailures;
            if (over > 0) {
                s.blockedUntilMs = now + Math.min(MAX_WAIT_MS, 1000L << Math.min(over - 1, 20));
            }
            return new Attempt.Refused();
        }
    }

    private static final class State {
        int failures;
        long blockedUntilMs;
    }
}
