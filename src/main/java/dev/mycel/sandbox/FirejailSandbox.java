package dev.mycel.sandbox;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import java.nio.file.Path;

/** Placeholder until the firejail argv is written. */
final class FirejailSandbox implements Sandbox {
    FirejailSandbox(Path firejail, SandboxSettings settings, PolicySettings policy, Places places) {
    }

    @Override
    public String name() {
        return "firejail";
    }

    @Override
    public ExecOutcome run(SandboxCommand command) {
        return new ExecOutcome.Unavailable("not yet", "firejail");
    }
}
