package dev.mycel.config;

import java.time.Duration;

/** How untrusted code is confined (boundary 2); every limit is enforced by the sandbox itself. */
public record SandboxSettings(
        Backend backend,
        Duration timeout,
        long addressSpaceBytes,
        int maxProcesses,
        long maxFileBytes,
        Duration cpuTime,
        long tmpfsBytes,
        int outputLimitBytes) {

    public enum Backend { AUTO, BUBBLEWRAP, FIREJAIL }

    public static SandboxSettings defaults() {
        return new SandboxSettings(Backend.AUTO, Duration.ofSeconds(30), 2L << 30, 256,
                256L << 20, Duration.ofSeconds(60), 256L << 20, 1 << 20);
    }
}
