package dev.mycel.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an argv that is already a complete sandbox command line, and nothing else: stdin is
 * /dev/null, the environment is exactly the one given, output is capped while it is read, and at
 * the deadline the whole process tree is killed. It knows nothing about what the argv confines.
 */
final class ProcessRunner {
    /** How long the readers may take to see end-of-file after the process is gone. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);

    /** What happened to the process; {@code exitCode} is meaningless when {@code timedOut}. */
    record Result(int exitCode, boolean timedOut, String stdout, String stderr, boolean truncated, long durationMs) {
    }

    /** Extra cleanup after a kill, e.g. emptying the run's cgroup. */
    interface Reaper {
        void reap();
    }

    Result run(List<String> argv, Map<String, String> env, Path directory, Duration timeout, int outputLimit,
            Reaper reaper) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        CappedStream out = new CappedStream(p.getInputStream(), outputLimit);
        CappedStream err = new CappedStream(p.getErrorStream(), outputLimit);
        Thread outReader = Thread.ofVirtual().start(out);
        Thread errReader = Thread.ofVirtual().start(err);
        boolean exited = waitFor(p, timeout);
        if (!exited) {
            killTree(p);
        }
        reaper.reap();
        join(outReader, p);
        join(errReader, p);
        long ms = (System.nanoTime() - start) / 1_000_000;
        int code = exited ? p.exitValue() : -1;
        return new Result(code, !exited, out.text(), err.text(), out.truncated() || err.truncated(), ms);
    }

    /** Kills every descendant seen from outside, then the sandbox itself, whose death ends its pid namespace. */
    static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        boolean interrupted = Thread.interrupted();
        waitFor(p, Duration.ofSeconds(5));
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** An interrupted wait counts as a timeout: the caller then kills, so nothing outlives the run. */
    private static boolean waitFor(Process p, Duration d) {
        try {
            return p.waitFor(d.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void join(Thread reader, Process p) {
        try {
            if (!reader.join(DRAIN_GRACE)) {
                // Something outside the tree holds the pipe; close our end rather than wait forever.
                p.getInputStream().close();
                p.getErrorStream().close();
                reader.join(DRAIN_GRACE);
            }
        } catch (IOException e) {
            // Closing a pipe that already broke: nothing left to read either way.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
