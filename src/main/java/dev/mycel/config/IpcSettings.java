package dev.mycel.config;

import java.time.Duration;
import java.util.List;

/**
 * Limits of the local socket (boundary 1). {@code allowedUids} are extra local users besides
 * the runtime's own that may connect; empty means only the owner.
 */
public record IpcSettings(
        int maxMessageBytes,
        int requestsPerMinute,
        Duration sessionIdle,
        int maxConnections,
        Duration idleTimeout,
        Duration lineTimeout,
        int freeAuthFailures,
        List<Integer> allowedUids) {

    public static IpcSettings defaults() {
        return new IpcSettings(1 << 20, 100, Duration.ofHours(24), 1024,
                Duration.ofMinutes(10), Duration.ofSeconds(15), 3, List.of());
    }
}
