package dev.mycel.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Mycel keeps its files, resolved once from the environment as INTERFACES.md fixes it.
 * Two runtimes with different places run side by side; nothing else is global.
 */
public record Places(Path runtimeDir, Path dataDir, Path configFile, Path home) {

    public Path socket() {
        return runtimeDir.resolve("runtime.sock");
    }

    public Path tokenFile() {
        return runtimeDir.resolve("runtime.token");
    }

    public Path logFile() {
        return runtimeDir.resolve("runtime.log");
    }

    /** The environment that makes a child process find these same places. */
    public Map<String, String> asEnvironment() {
        return Map.of("MYCEL_RUNTIME_DIR", runtimeDir.toString(), "MYCEL_HOME", dataDir.toString(),
                "MYCEL_CONFIG", configFile.toString(), "HOME", home.toString());
    }

    public static Places fromEnvironment(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        Path runtimeDir = firstSet(env, "MYCEL_RUNTIME_DIR")
                .orElseGet(() -> firstSet(env, "XDG_RUNTIME_DIR").map(p -> p.resolve("mycel"))
                        .orElse(Path.of("/tmp/mycel-" + currentUid())));
        Path dataDir = firstSet(env, "MYCEL_HOME").orElse(home.resolve(".local/share/mycel"));
        Path config = firstSet(env, "MYCEL_CONFIG").orElse(home.resolve(".config/mycel/config.toml"));
        return new Places(absolute(runtimeDir), absolute(dataDir), absolute(config), absolute(home));
    }

    /** The real uid of this process, read from the kernel rather than trusted from the environment. */
    public static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this process's uid from /proc/self", e);
        }
    }

    private static java.util.Optional<Path> firstSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(value));
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
