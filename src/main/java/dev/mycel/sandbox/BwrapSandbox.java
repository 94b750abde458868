package dev.mycel.sandbox;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default backend: bubblewrap with every namespace unshared, a view built from the policy,
 * a generated seccomp filter on fd 3, kernel limits set inside with prlimit, and, when running
 * as root, a pids cgroup per run. Built by {@link Sandboxes}, which proves it works first.
 */
final class BwrapSandbox implements Sandbox {
    static final Path CODE_DIR_INSIDE = Path.of("/.mycel");

    private final Path bwrap;
    private final SandboxSettings settings;
    private final ViewPlanner planner;
    private final SeccompFilter filter;
    private final boolean asRoot;
    private final ProcessRunner runner = new ProcessRunner();

    /**
     * The filter is generated once; each run writes it (a few hundred bytes) into its own private
     * directory, so no long-lived file can be swapped or cleaned away under a running runtime.
     */
    BwrapSandbox(Path bwrap, SandboxSettings settings, PolicySettings policy, Places places, SeccompFilter filter) {
        this.bwrap = bwrap;
        this.settings = settings;
        this.planner = new ViewPlanner(policy, places);
        this.filter = filter;
        this.asRoot = Places.currentUid() == 0;
    }

    @Override
    public String name() {
        return "bubblewrap";
    }

    @Override
    public ExecOutcome run(SandboxCommand command) {
        Optional<Interpreter> interpreter = Interpreter.forLanguage(command.language());
        if (interpreter.isEmpty()) {
            String pkg = Interpreter.debianPackage(command.language());
            return new ExecOutcome.Unavailable(command.language().wireName() + " is not installed on this machine",
                    "install the Debian package '" + pkg + "'");
        }
        Limits limits = Limits.of(settings, command.timeout());
        try (RunFiles files = RunFiles.create("mycel-run-")) {
            return runConfined(command, interpreter.get(), limits, files);
        } catch (IOException e) {
            return new ExecOutcome.Unavailable("the sandbox could not be started: " + e.getMessage(),
                    "check that /usr/bin/bwrap works (Debian package 'bubblewrap')");
        }
    }

    private ExecOutcome runConfined(SandboxCommand command, Interpreter interpreter, Limits limits, RunFiles files)
            throws IOException {
        String fileName = "main" + interpreter.fileSuffix();
        Path codeInside = CODE_DIR_INSIDE.resolve(fileName);
        View view = planner.plan(command, files.write(fileName, command.code()), codeInside);
        Path filterFile = files.write("seccomp.bpf", filter.program());
        Map<String, String> env = Environment.inside(view.home(), command.extraEnv());
        List<String> argv = BwrapArgv.build(bwrap, view, limits, env,
                interpreter.commandLine(codeInside, command.args()));
        Optional<PidsCgroup> cgroup = asRoot ? PidsCgroup.create(limits.maxProcesses() + 2) : Optional.empty();
        if (asRoot && cgroup.isEmpty()) {
            return new ExecOutcome.Unavailable("running as root without a writable pids cgroup: RLIMIT_NPROC does "
                    + "not bind root, so a fork bomb could not be contained", "run Mycel as a normal user");
        }
        try {
            ProcessRunner.Result r = runner.run(Launcher.argv(filterFile, cgroup.map(PidsCgroup::procsFile), argv),
                    env, command.workDir(), limits.timeout(), limits.outputLimitBytes(),
                    () -> cgroup.ifPresent(PidsCgroup::killAll));
            PersistenceSweep.clean(view.sweep());
            return Outcomes.of(r);
        } finally {
            cgroup.ifPresent(PidsCgroup::killAll);
        }
    }
}
