package dev.mycel.ai;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retry number {@code n}: what the server asked for in
 * {@code retry-after-ms} or {@code retry-after} (seconds or an HTTP date) when it says, else
 * exponential backoff with jitter. Jitter spreads the retries of many clients that were refused
 * at the same moment; half the delay is kept so a retry is never immediate.
 */
final class Backoff {
    private final HttpLimits limits;
    private final RandomGenerator random;

    Backoff(HttpLimits limits, RandomGenerator random) {
        this.limits = limits;
        this.random = random;
    }

    /** The wait before retry {@code retry} (1 for the first retry), given the refusing response's headers. */
    Duration delay(int retry, HttpHeaders headers, Instant now) {
        Optional<Duration> asked = serverAsked(headers, now);
        if (asked.isPresent()) {
            Duration d = asked.get();
            return d.compareTo(limits.maxRetryAfter()) > 0 ? limits.maxRetryAfter() : d;
        }
        long first = limits.firstBackoff().toMillis();
        long cap = limits.maxBackoff().toMillis();
        long exp = first << Math.min(retry - 1, 20);
        long ceiling = Math.min(cap, exp < 0 ? cap : exp);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    static Optional<Duration> serverAsked(HttpHeaders headers, Instant now) {
        Optional<String> ms = headers.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(ms.get().strip()))));
            } catch (NumberFormatException e) {
                // fall through to retry-after
            }
        }
        Optional<String> after = headers.firstValue("retry-after");
        if (after.isEmpty()) {
            return Optional.empty();
        }
        String v = after.get().strip();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(v) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException neither) {
                return Optional.empty();
            }
        }
    }
}
