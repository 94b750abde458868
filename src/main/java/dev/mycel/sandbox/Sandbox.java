package dev.mycel.sandbox;

/**
 * A place where untrusted code runs confined (boundary 2). An implementation never runs code
 * outside its confinement: when it cannot confine, the outcome is {@link ExecOutcome.Unavailable}.
 */
public interface Sandbox {

    /** The backend's name as config and {@code status} spell it: {@code bubblewrap} or {@code firejail}. */
    String name();

    /** Runs the command to completion or timeout; every process it started is dead when this returns. */
    ExecOutcome run(SandboxCommand command);
}
