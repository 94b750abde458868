package dev.mycel.ai;

import java.time.Duration;

/**
 * How long to wait and how often to retry. {@code timeout} bounds three waits separately: the
 * connection, the start of the answer, and the silence between two pieces of a streamed answer
 * (a long answer that keeps arriving is never cut). {@code maxRetries} counts retries after the
 * first attempt. {@code maxReplyBytes} bounds what one streamed answer may hold.
 */
public record HttpLimits(Duration timeout, int maxRetries, Duration firstBackoff, Duration maxBackoff,
                         Duration maxRetryAfter, int maxLineBytes, long maxReplyBytes) {

    public HttpLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    /** The defaults with the configured timeout and retries: backoff 0.5 s doubling to 8 s, retry-after honoured up to 60 s. */
    public static HttpLimits of(Duration timeout, int maxRetries) {
        return new HttpLimits(timeout, maxRetries, Duration.ofMillis(500), Duration.ofSeconds(8),
                Duration.ofSeconds(60), 1 << 20, 8L << 20);
    }

    public HttpLimits withBackoff(Duration first, Duration max) {
        return new HttpLimits(timeout, maxRetries, first, max, maxRetryAfter, maxLineBytes, maxReplyBytes);
    }

    public HttpLimits withMaxReplyBytes(long bytes) {
        return new HttpLimits(timeout, maxRetries, firstBackoff, maxBackoff, maxRetryAfter, maxLineBytes, bytes);
    }
}
