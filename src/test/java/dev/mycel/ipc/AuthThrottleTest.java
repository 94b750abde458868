package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.harness.ManualClock;
import dev.mycel.ipc.AuthThrottle.Attempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {
    private static final Attempt ACCEPTED = new Attempt.Accepted();
    private static final Attempt REFUSED = new Attempt.Refused();

    private final ManualClock clock = new ManualClock();

    @Test
    void freeMissesThenDoublingWaits() {
        AuthThrottle t = new AuthThrottle(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(t.attempt("alice", () -> false)).isEqualTo(REFUSED);
            assertThat(t.waitMs("alice")).isZero();
        }
        for (long w : new long[] {1000, 2000, 4000, 8000, 16000}) {
            assertThat(t.attempt("alice", () -> false)).isEqualTo(REFUSED);
            assertThat(t.waitMs("alice")).isEqualTo(w);
            assertThat(t.attempt("alice", () -> true)).as("even the right token waits").isEqualTo(new Attempt.Throttled(w));
            clock.advance(Duration.ofMillis(w));
        }
        assertThat(t.attempt("alice", () -> true)).isEqualTo(ACCEPTED);
    }

    @Test
    void aThrottledAttemptIsNotComparedAndDoesNotLengthenTheWait() {
        AuthThrottle t = new AuthThrottle(0, clock);
        t.attempt("alice", () -> false);
        AtomicInteger compared = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            assertThat(t.attempt("alice", () -> compared.incrementAndGet() < 0)).isEqualTo(new Attempt.Throttled(1000));
        }
        assertThat(compared).hasValue(0);
        clock.advance(Duration.ofSeconds(1));
        assertThat(t.attempt("alice", () -> false)).isEqualTo(REFUSED);
        assertThat(t.waitMs("alice")).as("second counted miss").isEqualTo(2000);
    }

    @Test
    void waitIsCappedAtFifteenMinutes() {
        AuthThrottle t = new AuthThrottle(0, clock);
        for (int i = 0; i < 40; i++) {
            assertThat(t.attempt("alice", () -> false)).isEqualTo(REFUSED);
            clock.advance(Duration.ofMillis(t.waitMs("alice")));
        }
        t.attempt("alice", () -> false);
        assertThat(t.waitMs("alice")).isEqualTo(15 * 60_000);
    }

    @Test
    void successForgivesAndUsersAreSeparate() {
        AuthThrottle t = new AuthThrottle(1, clock);
        t.attempt("alice", () -> false);
        t.attempt("alice", () -> false);
        assertThat(t.waitMs("alice")).isEqualTo(1000);
        assertThat(t.attempt("bob", () -> false)).as("bob's first miss is his own").isEqualTo(REFUSED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(t.attempt("alice", () -> true)).isEqualTo(ACCEPTED);
        assertThat(t.waitMs("alice")).isZero();
        assertThat(t.attempt("alice", () -> false)).isEqualTo(REFUSED);
        assertThat(t.waitMs("alice")).as("first miss after a success is free again").isZero();
    }

    @Test
    void concurrentWrongTokensGetNoMoreComparisonsThanTheFreeOnesPlusOne() throws Exception {
        AuthThrottle t = new AuthThrottle(3, clock);
        assertThat(count(run(t, 200, false), REFUSED)).isEqualTo(4);
    }

    @Test
    void concurrentRightTokensAreAllAccepted() throws Exception {
        AuthThrottle t = new AuthThrottle(3, clock);
        assertThat(count(run(t, 200, true), ACCEPTED)).isEqualTo(200);
    }

    private static List<Attempt> run(AuthThrottle t, int n, boolean right) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Attempt>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return t.attempt("alice", () -> right);
                }));
            }
            go.countDown();
        }
        List<Attempt> out = new ArrayList<>();
        for (Future<Attempt> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    private static long count(List<Attempt> attempts, Attempt kind) {
        return attempts.stream().filter(kind::equals).count();
    }
}
