package dev.mycel.sandbox;

/** The answer of {@link Sandboxes#select}: a backend that was shown to work, or why there is none. */
public sealed interface SandboxChoice {

    /** A backend whose probe ran {@code true} inside a full confinement. */
    record Usable(Sandbox sandbox) implements SandboxChoice {
    }

    /** No backend can confine code here; {@code debianPackage} is what to install ({@code bubblewrap} or {@code firejail}). */
    record Unusable(String reason, String debianPackage) implements SandboxChoice {

        public ExecOutcome.Unavailable asOutcome() {
            return new ExecOutcome.Unavailable(reason, "install the Debian package '" + debianPackage
                    + "' (sudo apt-get install " + debianPackage + ")");
        }
    }
}
