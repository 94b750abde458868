package dev.mycel.sandbox;

/** What became of one sandboxed run; expected failures are values, never exceptions. */
public sealed interface ExecOutcome {

    /** The program ran and exited (possibly non-zero, possibly killed by a limit it crossed). */
    record Completed(int exitCode, String stdout, String stderr, boolean truncated, long durationMs)
            implements ExecOutcome {
    }

    /** The wall-clock timeout struck; every process was killed; this is the output read until then. */
    record TimedOut(String stdout, String stderr, boolean truncated, long durationMs) implements ExecOutcome {
    }

    /** Nothing ran because it could not be confined; {@code installHint} names the Debian package to install. */
    record Unavailable(String reason, String installHint) implements ExecOutcome {
    }
}
