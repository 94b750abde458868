package dev.mycel.sandbox;

import dev.mycel.config.SandboxSettings;
import java.time.Duration;

/** The resource limits of one run, taken from {@link SandboxSettings}; the timeout is the shorter of config and request. */
record Limits(long addressSpaceBytes, int maxProcesses, long maxFileBytes, long cpuSeconds, long tmpfsBytes,
        int outputLimitBytes, Duration timeout) {

    static Limits of(SandboxSettings s, Duration requested) {
        Duration timeout = requested.compareTo(s.timeout()) < 0 ? requested : s.timeout();
        return new Limits(s.addressSpaceBytes(), s.maxProcesses(), s.maxFileBytes(),
                Math.max(1, s.cpuTime().toSeconds()), s.tmpfsBytes(), s.outputLimitBytes(), timeout);
    }
}
