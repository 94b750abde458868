package dev.mycel.sandbox;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import dev.mycel.policy.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures what confinement costs: {@code true} started bare, under the bubblewrap and firejail
 * command lines Mycel really uses (seccomp, prlimit, mounts), and a whole {@link Sandbox#run}
 * of {@code true} in bash. Figures are medians in milliseconds; {@code ./mycel bench} prints them.
 */
public final class SandboxBench {
    private static final List<String> TRUE = List.of("/usr/bin/true");

    /** Medians in ms; a backend that is not usable here is NaN. */
    public record Figures(int iterations, double bareMs, double bwrapFloorMs, double bwrapMs, double firejailMs,
            double bwrapRunMs, double bareBashMs) {

        public double bwrapAddedMs() {
            return bwrapMs - bareMs;
        }

        public double firejailAddedMs() {
            return firejailMs - bareMs;
        }

        @Override
        public String toString() {
            return String.format("sandbox overhead, median of %d runs of `true`:%n"
                    + "  bare fork/exec            %7.2f ms%n"
                    + "  bwrap's own floor         %7.2f ms  (--unshare-all --proc --dev, nothing else)%n"
                    + "  bubblewrap                %7.2f ms  (+%.2f ms, target <= 5 ms)%n"
                    + "  firejail                  %7.2f ms  (+%.2f ms)%n"
                    + "  Sandbox.run (bash, full)  %7.2f ms  (bare bash %.2f ms)",
                    iterations, bareMs, bwrapFloorMs, bwrapMs, bwrapAddedMs(), firejailMs, firejailAddedMs(), bwrapRunMs, bareBashMs);
        }
    }

    private SandboxBench() {
    }

    public static String run(int iterations) {
        return measure(iterations).toString();
    }

    public static Figures measure(int iterations) {
        try (RunFiles files = RunFiles.create("mycel-bench-")) {
            Path work = Files.createDirectory(files.dir().resolve("work"));
            Places places = new Places(files.dir().resolve("run"), files.dir().resolve("data"),
                    files.dir().resolve("config.toml"), Files.createDirectory(files.dir().resolve("home")));
            PolicySettings policy = PolicySettings.defaults().withPlaces(places);
            SandboxSettings settings = SandboxSettings.defaults();
            Path code = files.write("main.sh", "true\n");
            Path filter = files.write("seccomp.bpf", SeccompFilter.forArch(SeccompFilter.Arch.host().orElseThrow()).program());
            ViewPlanner planner = new ViewPlanner(policy, places);
            SandboxCommand cmd = SandboxCommand.of(Language.BASH, "true", work, Duration.ofSeconds(10));
            Limits limits = Limits.of(settings, cmd.timeout());
            Map<String, String> env = Environment.inside(places.home(), Map.of());
            View bwView = planner.plan(cmd, code, BwrapSandbox.CODE_DIR_INSIDE.resolve("main.sh"));
            View fjView = planner.plan(cmd, code, code, List.of(Path.of("/")));
            double bare = median(iterations, () -> time(TRUE, env, work));
            double floor = median(iterations, () -> time(List.of("/usr/bin/bwrap", "--ro-bind", "/", "/",
                    "--unshare-all", "--proc", "/proc", "--dev", "/dev", "/usr/bin/true"), env, work));
            double bwrap = median(iterations, () -> time(Launcher.argv(filter, Optional.empty(),
                    BwrapArgv.build(Path.of("/usr/bin/bwrap"), bwView, limits, env, TRUE)), env, work));
            double firejail = Files.isExecutable(Path.of("/usr/bin/firejail")) ? median(iterations, () -> time(
                    FirejailArgv.build(Path.of("/usr/bin/firejail"), fjView, limits, env, TRUE, Places.currentUid() == 0),
                    env, work)) : Double.NaN;
            double full = fullRun(iterations, settings, policy, places, cmd);
            double bareBash = median(iterations, () -> time(List.of("/usr/bin/bash", "--noprofile", "--norc",
                    code.toString()), env, work));
            return new Figures(iterations, bare, floor, bwrap, firejail, full, bareBash);
        } catch (IOException e) {
            throw new IllegalStateException("benchmark could not set up its files", e);
        }
    }

    private static double fullRun(int iterations, SandboxSettings settings, PolicySettings policy, Places places,
            SandboxCommand cmd) {
        return switch (Sandboxes.bubblewrap(settings, policy, places)) {
            case SandboxChoice.Usable u -> median(iterations, () -> {
                long t = System.nanoTime();
                u.sandbox().run(cmd);
                return (System.nanoTime() - t) / 1e6;
            });
            case SandboxChoice.Unusable x -> Double.NaN;
        };
    }

    private interface Sample {
        double ms() throws IOException;
    }

    private static double median(int n, Sample s) {
        double[] xs = new double[n];
        try {
            for (int i = 0; i < Math.min(3, n); i++) {
                s.ms();
            }
            for (int i = 0; i < n; i++) {
                xs[i] = s.ms();
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        Arrays.sort(xs);
        return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
    }

    private static double time(List<String> argv, Map<String, String> env, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(argv)).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(env);
        long t = System.nanoTime();
        Process p = pb.start();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return (System.nanoTime() - t) / 1e6;
    }
}
