package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.harness.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final ManualClock clock = new ManualClock();

    @Test
    void fullBucketThenOneTokenPerInterval() {
        RateLimiter limiter = new RateLimiter(100, clock);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire("alice")).isZero();
        }
        assertThat(limiter.acquire("alice")).isEqualTo(600);
        clock.advance(Duration.ofMillis(200));
        long wait = limiter.acquire("alice");
        assertThat(wait).as("two thirds of a token still missing (rounded up)").isBetween(400L, 401L);
        clock.advance(Duration.ofMillis(wait));
        assertThat(limiter.acquire("alice")).isZero();
        assertThat(limiter.acquire("alice")).isBetween(599L, 600L);
    }

    @Test
    void waitingTheAnnouncedRetryAfterAlwaysSuffices() {
        for (int perMinute : new int[] {1, 3, 7, 60, 100, 101, 997, 100_000}) {
            RateLimiter limiter = new RateLimiter(perMinute, clock);
            for (int i = 0; i < perMinute; i++) {
                limiter.acquire("u" + perMinute);
            }
            for (int round = 0; round < 50; round++) {
                long wait = limiter.acquire("u" + perMinute);
                if (wait == 0) {
                    continue;
                }
                clock.advance(Duration.ofMillis(wait));
                assertThat(limiter.acquire("u" + perMinute)).as("%d/min after %d ms", perMinute, wait).isZero();
            }
        }
    }

    @Test
    void refusedRequestsDoNotCostTokens() {
        RateLimiter limiter = new RateLimiter(60, clock);
        for (int i = 0; i < 60; i++) {
            limiter.acquire("alice");
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("alice")).isPositive();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("alice")).isZero();
    }

    @Test
    void aLongPauseRefillsOnlyUpToTheLimit() {
        RateLimiter limiter = new RateLimiter(10, clock);
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.acquire("alice")).isZero();
        }
        assertThat(limiter.acquire("alice")).isEqualTo(6000);
    }

    @Test
    void usersHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(2, clock);
        limiter.acquire("alice");
        limiter.acquire("alice");
        assertThat(limiter.acquire("alice")).isPositive();
        assertThat(limiter.acquire("bob")).isZero();
    }

    @Test
    void aClockGoingBackwardsGivesNothing() {
        RateLimiter limiter = new RateLimiter(1, clock);
        assertThat(limiter.acquire("alice")).isZero();
        clock.advance(Duration.ofSeconds(-60));
        assertThat(limiter.acquire("alice")).isEqualTo(60_000);
    }
}
