package dev.mycel.ai;

import java.time.Duration;

/** Waits between retries; tests pass one that records the waits instead of taking them. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d);

    void sleep(Duration duration) throws InterruptedException;
}
