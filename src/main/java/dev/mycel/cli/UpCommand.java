package dev.mycel.cli;

import dev.mycel.config.ConfigException;
import dev.mycel.config.ConfigLoader;
import dev.mycel.config.Places;
import dev.mycel.config.RuntimeConfig;
import dev.mycel.ipc.RuntimeDir;
import dev.mycel.ipc.SocketProbe;
import dev.mycel.runtime.DaemonCommand;
import dev.mycel.runtime.MycelRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mycel up}: starts the runtime in the background (or in this terminal with --foreground). */
@Command(name = "up", description = "Start the Mycel runtime.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--foreground", description = "Run in this terminal and log to it; stop with Ctrl-C.")
    boolean foreground;

    @Override
    public Integer call() {
        Places places = Places.fromEnvironment(System.getenv());
        Optional<RuntimeConfig> config = loadConfig(places);
        if (config.isEmpty()) {
            return ExitCodes.CONFIG;
        }
        if (foreground) {
            return MycelRuntime.runForeground(config.get());
        }
        return startInBackground(places);
    }

    /** The config, or empty after printing its one-line error; the caller then exits with {@link ExitCodes#CONFIG}. */
    static Optional<RuntimeConfig> loadConfig(Places places) {
        try {
            return Optional.of(ConfigLoader.load(places));
        } catch (ConfigException e) {
            System.err.println("mycel: " + e.getMessage());
            return Optional.empty();
        }
    }

    static int startInBackground(Places places) {
        if (SocketProbe.answersPing(places.socket(), Duration.ofSeconds(2))) {
            System.out.println("Mycel is already running (socket " + places.socket() + ")");
            return ExitCodes.OK;
        }
        try {
            RuntimeDir.prepare(places.runtimeDir(), Places.currentUid());
            Path log = places.logFile();
            if (!Files.exists(log)) {
                Files.createFile(log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Process p = new ProcessBuilder(DaemonCommand.argv(true))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
            return awaitReady(places, p, log);
        } catch (IOException e) {
            System.err.println("mycel: cannot start the runtime: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static int awaitReady(Places places, Process p, Path log) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (SocketProbe.answersPing(places.socket(), Duration.ofMillis(500))) {
                System.out.println("Mycel is running (pid " + p.pid() + ", socket " + places.socket() + ")");
                return ExitCodes.OK;
            }
            if (!p.isAlive()) {
                List<String> lines = Files.readAllLines(log);
                String last = lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
                System.err.println("mycel: the runtime did not start: " + last.replaceFirst("^\\S+ \\S+ \\S+: ", ""));
                return ExitCodes.FAILED;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.FAILED;
            }
        }
        System.err.println("mycel: the runtime did not answer within 30 s; see " + log);
        return ExitCodes.FAILED;
    }


}
