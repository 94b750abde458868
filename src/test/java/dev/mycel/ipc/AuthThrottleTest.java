package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.harness.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {
    private final ManualClock clock = new ManualClock();

    @Test
    void freeAttemptsThenDoublingWaits() {
        AuthThrottle t = new AuthThrottle(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(t.attempt("alice")).isZero();
            assertThat(t.waitMs("alice")).isZero();
        }
        long[] waits = {1000, 2000, 4000, 8000, 16000};
        for (long w : waits) {
            assertThat(t.attempt("alice")).isZero();
            assertThat(t.waitMs("alice")).isEqualTo(w);
            assertThat(t.attempt("alice")).isEqualTo(w);
            clock.advance(Duration.ofMillis(w));
        }
    }

    @Test
    void refusedAttemptsDoNotLengthenTheWait() {
        AuthThrottle t = new AuthThrottle(0, clock);
        t.attempt("alice");
        for (int i = 0; i < 50; i++) {
            assertThat(t.attempt("alice")).isEqualTo(1000);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(t.attempt("alice")).isZero();
        assertThat(t.waitMs("alice")).as("second miss").isEqualTo(2000);
    }

    @Test
    void waitIsCappedAtFifteenMinutes() {
        AuthThrottle t = new AuthThrottle(0, clock);
        for (int i = 0; i < 40; i++) {
            assertThat(t.attempt("alice")).isZero();
            clock.advance(Duration.ofMillis(t.waitMs("alice")));
        }
        t.attempt("alice");
        assertThat(t.waitMs("alice")).isEqualTo(15 * 60_000);
    }

    @Test
    void successForgivesAndUsersAreSeparate() {
        AuthThrottle t = new AuthThrottle(1, clock);
        t.attempt("alice");
        t.attempt("alice");
        assertThat(t.waitMs("alice")).isEqualTo(1000);
        assertThat(t.attempt("bob")).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(t.attempt("alice")).isZero();
        t.succeeded("alice");
        assertThat(t.waitMs("alice")).isZero();
        assertThat(t.attempt("alice")).isZero();
        assertThat(t.waitMs("alice")).as("first miss after a success is free again").isZero();
    }

    @Test
    void concurrentAttemptsGetNoMoreThanTheFreeOnesPlusOne() throws Exception {
        AuthThrottle t = new AuthThrottle(3, clock);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return t.attempt("alice");
                }));
            }
            go.countDown();
        }
        long admitted = 0;
        for (Future<Long> f : results) {
            if (f.get() == 0) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(4);
    }
}
