package dev.mycel.ai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the waits between retries instead of taking them, so retry tests run in milliseconds. */
final class FakeSleeper implements Sleeper {
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration d) {
        waits.add(d);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
