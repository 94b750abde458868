package dev.mycel.harness;

import dev.mycel.config.ConfigLoader;
import dev.mycel.config.Places;
import dev.mycel.config.RuntimeConfig;
import dev.mycel.runtime.MycelRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real runtime in fresh temp dirs (in this JVM, or forked as its own process) and
 * prints its log only when the test failed. Every integration test goes through this.
 */
public final class RuntimeHarness implements AfterEachCallback, AutoCloseable {
    private final Path root;
    private final Places places;
    private final StringBuilder log = new StringBuilder();
    private final List<RawClient> toClose = new ArrayList<>();
    private final Handler capture;
    private final Map<String, String> runtimeEnv = new java.util.HashMap<>();
    private MycelRuntime runtime;
    private Process forked;

    public RuntimeHarness() {
        try {
            root = Files.createTempDirectory("mycel-it-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            Path home = Files.createDirectories(root.resolve("home"));
            places = new Places(root.resolve("run"), root.resolve("data"), home.resolve(".config/mycel/config.toml"), home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (log) {
                    log.append(r.getLevel()).append(' ').append(r.getLoggerName()).append(": ")
                            .append(r.getMessage()).append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("dev.mycel").addHandler(capture);
        Logger.getLogger("dev.mycel").setLevel(Level.FINE);
    }

    public Places places() {
        return places;
    }

    public Path root() {
        return root;
    }

    public RuntimeHarness config(String toml) {
        try {
            Files.createDirectories(places.configFile().getParent());
            Files.writeString(places.configFile(), toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A variable the runtime (in this JVM or forked) sees, e.g. a key for a loopback fake; never the CLI processes. */
    public RuntimeHarness runtimeEnv(String name, String value) {
        runtimeEnv.put(name, value);
        return this;
    }

    public RuntimeConfig loadConfig() {
        return ConfigLoader.load(places);
    }

    public MycelRuntime start() throws MycelRuntime.StartException {
        return start(InstantSource.system());
    }

    public MycelRuntime start(InstantSource clock) throws MycelRuntime.StartException {
        runtime = MycelRuntime.start(loadConfig(), clock, environment());
        return runtime;
    }

    /** Starts the runtime as a separate JVM, as {@code mycel up --foreground} would. */
    public Process fork() throws IOException, InterruptedException {
        forkWithoutWaiting();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && forked.isAlive()) {
            if (dev.mycel.ipc.SocketProbe.answersPing(places.socket(), Duration.ofMillis(500))) {
                return forked;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("forked runtime did not start: " + forkedLog());
    }

    /** Starts {@code mycel up --foreground} and returns at once, while it is still starting. */
    public Process forkWithoutWaiting() throws IOException {
        ProcessBuilder pb = command("up", "--foreground");
        pb.environment().putAll(runtimeEnv);
        // a JVM crash file (hs_err_pid*.log) would land in the working directory: keep it here, where tests look
        pb.directory(root.toFile()).redirectErrorStream(true).redirectOutput(root.resolve("forked.log").toFile());
        forked = pb.start();
        return forked;
    }

    /** Runs one {@code mycel} command (e.g. {@code down}) as its own process against this runtime's places. */
    public CliResult cli(String... args) throws IOException, InterruptedException {
        return cliWithInput("", args);
    }

    /** As {@link #cli}, with {@code input} on the command's standard input (for {@code -} arguments). */
    public CliResult cliWithInput(String input, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = command(args).redirectErrorStream(true);
        Process p = pb.start();
        try (var stdin = p.getOutputStream()) {
            stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("mycel " + String.join(" ", args) + " hung: " + out);
        }
        return new CliResult(p.exitValue(), out);
    }

    /** Exit code and combined stdout/stderr of a {@link #cli} run. */
    public record CliResult(int exitCode, String output) {
    }

    /** Exit code, stdout and stderr apart, of a {@link #cliIn} run. */
    public record CliStreams(int exitCode, String stdout, String stderr) {
    }

    /** As {@link #cliWithInput}, started in {@code dir}, with stdout and stderr kept apart. */
    public CliStreams cliIn(Path dir, String input, String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile(root, "stderr-", ".txt");
        Process p = command(args).directory(dir.toFile()).redirectError(err.toFile()).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("mycel " + String.join(" ", args) + " hung: " + out + Files.readString(err));
        }
        return new CliStreams(p.exitValue(), out, Files.readString(err));
    }

    private ProcessBuilder command(String... args) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.mycel.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("MYCEL_RUNTIME_DIR", places.runtimeDir().toString());
        env.put("MYCEL_HOME", places.dataDir().toString());
        env.put("MYCEL_CONFIG", places.configFile().toString());
        env.put("HOME", places.home().toString());
        env.remove("XDG_RUNTIME_DIR");
        KEY_VARIABLES.forEach(env::remove);
        return pb;
    }

    /**
     * Variables that would make a runtime under test configure a cloud provider and probe it:
     * tests reach only 127.0.0.1, so they are never passed on; a test that wants a key sets one
     * pointing at a loopback fake.
     */
    private static final List<String> KEY_VARIABLES = List.of("ANTHROPIC_API_KEY", "OPENAI_API_KEY");

    private Map<String, String> environment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        KEY_VARIABLES.forEach(env::remove);
        env.putAll(runtimeEnv);
        return env;
    }

    public String forkedLog() {
        try {
            Path f = root.resolve("forked.log");
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public RawClient client() throws IOException {
        RawClient c = RawClient.connect(places.socket());
        toClose.add(c);
        return c;
    }

    /** A client that has already authenticated with the real token. */
    public RawClient authedClient() throws IOException {
        RawClient c = client();
        c.auth(token());
        return c;
    }

    public String token() throws IOException {
        return Files.readString(places.tokenFile()).strip();
    }

    public String log() {
        synchronized (log) {
            return log.toString() + forkedLog();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            System.err.println("---- runtime log of " + context.getDisplayName() + " ----\n" + log());
        }
        close();
    }

    @Override
    public void close() {
        for (RawClient c : toClose) {
            try {
                c.close();
            } catch (IOException ignored) {
                // best effort: the test is over
            }
        }
        if (runtime != null) {
            runtime.stop();
        }
        if (forked != null && forked.isAlive()) {
            forked.destroy();
            try {
                forked.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            forked.destroyForcibly();
        }
        Logger.getLogger("dev.mycel").removeHandler(capture);
    }
}
