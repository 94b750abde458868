package dev.mycel.sandbox;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import dev.mycel.policy.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the sandbox backend from config and proves it works by running {@code true} inside a
 * full confinement once; a tool that is present but cannot confine (no user namespaces, broken
 * install) counts as missing. There is no unconfined choice. The runtime selects once at start
 * and keeps the {@link Sandbox}: that is the cache of the probe.
 */
public final class Sandboxes {
    private static final List<Path> BIN_DIRS = List.of(Path.of("/usr/bin"), Path.of("/bin"), Path.of("/usr/local/bin"));
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private Sandboxes() {
    }

    public static SandboxChoice select(SandboxSettings settings, PolicySettings policy, Places places) {
        return switch (settings.backend()) {
            case BUBBLEWRAP -> bubblewrap(settings, policy, places);
            case FIREJAIL -> firejail(settings, policy, places);
            case AUTO -> auto(settings, policy, places);
        };
    }

    private static SandboxChoice auto(SandboxSettings settings, PolicySettings policy, Places places) {
        SandboxChoice bwrap = bubblewrap(settings, policy, places);
        if (bwrap instanceof SandboxChoice.Usable) {
            return bwrap;
        }
        SandboxChoice firejail = firejail(settings, policy, places);
        return switch (firejail) {
            case SandboxChoice.Usable u -> u;
            case SandboxChoice.Unusable f -> new SandboxChoice.Unusable(
                    ((SandboxChoice.Unusable) bwrap).reason() + "; " + f.reason(), "bubblewrap");
        };
    }

    static SandboxChoice bubblewrap(SandboxSettings settings, PolicySettings policy, Places places) {
        Optional<Path> tool = find("bwrap");
        if (tool.isEmpty()) {
            return new SandboxChoice.Unusable("bubblewrap (bwrap) is not installed", "bubblewrap");
        }
        Optional<SeccompFilter.Arch> arch = SeccompFilter.Arch.host();
        if (arch.isEmpty()) {
            return new SandboxChoice.Unusable("no seccomp filter for the CPU architecture "
                    + System.getProperty("os.arch") + "; bubblewrap is unusable here (firejail may work)", "firejail");
        }
        return probe(new BwrapSandbox(tool.get(), settings, policy, places, SeccompFilter.forArch(arch.get())),
                "bubblewrap");
    }

    static SandboxChoice firejail(SandboxSettings settings, PolicySettings policy, Places places) {
        Optional<Path> tool = find("firejail");
        if (tool.isEmpty()) {
            return new SandboxChoice.Unusable("firejail is not installed", "firejail");
        }
        return probe(new FirejailSandbox(tool.get(), settings, policy, places), "firejail");
    }

    private static SandboxChoice probe(Sandbox sandbox, String debianPackage) {
        Function<String, SandboxChoice> broken = why -> new SandboxChoice.Unusable(
                sandbox.name() + " is installed but cannot confine code here: " + why, debianPackage);
        Path dir;
        try {
            dir = Files.createTempDirectory("mycel-probe-");
        } catch (IOException e) {
            return broken.apply("no temporary directory for the probe (" + e.getMessage() + ")");
        }
        try {
            return switch (sandbox.run(SandboxCommand.of(Language.BASH, "exit 0", dir, PROBE_TIMEOUT))) {
                case ExecOutcome.Completed c when c.exitCode() == 0 -> new SandboxChoice.Usable(sandbox);
                case ExecOutcome.Completed c -> broken.apply("exit " + c.exitCode() + ": " + firstLine(c.stderr()));
                case ExecOutcome.TimedOut t -> broken.apply("the probe timed out");
                case ExecOutcome.Unavailable u -> broken.apply(u.reason());
            };
        } finally {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // An empty temp dir left behind is harmless.
            }
        }
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("(no message)");
    }

    private static Optional<Path> find(String tool) {
        return BIN_DIRS.stream().map(d -> d.resolve(tool)).filter(Files::isExecutable).findFirst();
    }
}
