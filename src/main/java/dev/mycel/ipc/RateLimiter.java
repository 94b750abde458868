package dev.mycel.ipc;

import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per local user, shared by all of that user's connections, so reconnecting does
 * not reset it. Refills continuously at {@code perMinute} per minute up to {@code perMinute}.
 */
public final class RateLimiter {
    private final int perMinute;
    private final InstantSource clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, InstantSource clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one token; returns 0 when allowed, else the milliseconds until one is available. */
    public long acquire(String user) {
        Bucket bucket = buckets.computeIfAbsent(user, u -> new Bucket(perMinute, clock.millis()));
        synchronized (bucket) {
            bucket.refill(clock.millis(), perMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double msPerToken = 60_000.0 / perMinute;
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * msPerToken));
        }
    }

    private static final class Bucket {
        double tokens;
        long lastMs;

        Bucket(double tokens, long lastMs) {
            this.tokens = tokens;
            this.lastMs = lastMs;
        }

        void refill(long nowMs, int perMinute) {
            long elapsed = Math.max(0, nowMs - lastMs);
            tokens = Math.min(perMinute, tokens + elapsed * perMinute / 60_000.0);
            lastMs = nowMs;
        }
    }
}
