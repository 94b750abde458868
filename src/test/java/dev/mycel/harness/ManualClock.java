package dev.mycel.harness;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the test moves by hand; the runtime's rate limiter, auth throttle and sessions read it. */
public final class ManualClock implements InstantSource {
    private volatile Instant now = Instant.parse("2026-11-02T09:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }
}
