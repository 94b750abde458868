package dev.mycel.sandbox;

/** Maps what the runner saw to the public outcome. */
final class Outcomes {
    private Outcomes() {
    }

    static ExecOutcome of(ProcessRunner.Result r) {
        return r.timedOut()
                ? new ExecOutcome.TimedOut(r.stdout(), r.stderr(), r.truncated(), r.durationMs())
                : new ExecOutcome.Completed(r.exitCode(), r.stdout(), r.stderr(), r.truncated(), r.durationMs());
    }
}
