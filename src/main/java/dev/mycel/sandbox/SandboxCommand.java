package dev.mycel.sandbox;

import dev.mycel.policy.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One piece of untrusted code to run. Untrusted values reach the code only through
 * {@code args} (argv) and {@code extraEnv} (environment), never spliced into {@code code}.
 * {@code workDir} and {@code readablePaths} are visible read-only at their own paths; only
 * {@code writablePaths} can be written. The caller has had the policy judge each of them.
 * The effective timeout is the shorter of {@code timeout} and the configured one.
 */
public record SandboxCommand(Language language, String code, List<String> args, Map<String, String> extraEnv,
        Path workDir, List<Path> readablePaths, List<Path> writablePaths, Duration timeout) {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The sandbox owns these; letting a caller set them would undo the private HOME or the minimal PATH. */
    static final Set<String> RESERVED_ENV = Set.of("PATH", "HOME", "LANG", "TMPDIR", "USER", "LOGNAME", "SHELL", "PWD");

    public SandboxCommand {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        extraEnv = Map.copyOf(extraEnv);
        readablePaths = readablePaths.stream().map(SandboxCommand::absolute).toList();
        writablePaths = writablePaths.stream().map(SandboxCommand::absolute).toList();
        workDir = absolute(workDir);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        requireAllowed(args, extraEnv);
        if (code.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("code contains a NUL byte");
        }
    }

    /**
     * Throws when the sandbox would refuse these argv and environment values: reserved or malformed
     * names, or a NUL byte the kernel cannot pass. Callers check before they record anything.
     */
    public static void requireAllowed(List<String> args, Map<String, String> env) {
        for (var e : env.entrySet()) {
            if (!ENV_NAME.matcher(e.getKey()).matches() || RESERVED_ENV.contains(e.getKey())) {
                throw new IllegalArgumentException("environment name not allowed in the sandbox: " + e.getKey());
            }
            if (e.getValue().indexOf('\0') >= 0) {
                throw new IllegalArgumentException("environment value of " + e.getKey() + " contains a NUL byte");
            }
        }
        for (String a : args) {
            if (a.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("an argument contains a NUL byte");
            }
        }
    }

    /** Code that sees nothing of the user's files beyond the working dir and the writable paths. */
    public SandboxCommand(Language language, String code, List<String> args, Map<String, String> extraEnv,
            Path workDir, List<Path> writablePaths, Duration timeout) {
        this(language, code, args, extraEnv, workDir, List.of(), writablePaths, timeout);
    }

    /** Code with no arguments, no extra environment and nothing writable. */
    public static SandboxCommand of(Language language, String code, Path workDir, Duration timeout) {
        return new SandboxCommand(language, code, List.of(), Map.of(), workDir, List.of(), timeout);
    }

    private static Path absolute(Path p) {
        return Objects.requireNonNull(p, "path").toAbsolutePath().normalize();
    }
}
