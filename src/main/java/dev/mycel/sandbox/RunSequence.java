package dev.mycel.sandbox;

import dev.mycel.config.SandboxSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps every backend takes for one run, in order: pick the interpreter, write the code
 * into private files, plan the view, build the backend's argv, make the root-only pids cgroup,
 * run, reap every process, sweep created persistence files. The backends differ only in argv.
 */
final class RunSequence {

    /** A backend's pure part: the command line for one run. */
    interface ArgvBuilder {
        List<String> build(View view, Limits limits, Map<String, String> env, List<String> program);
    }

    /** A backend's view: bubblewrap sees only what it mounts, firejail sees the host minus what it hides. */
    interface ViewMaker {
        View plan(SandboxCommand command, Path codeFile) throws IOException;
    }

    private final SandboxSettings settings;
    private final boolean asRoot;
    private final String toolPackage;
    private final ProcessRunner runner = new ProcessRunner();

    RunSequence(SandboxSettings settings, boolean asRoot, String toolPackage) {
        this.settings = settings;
        this.asRoot = asRoot;
        this.toolPackage = toolPackage;
    }

    ExecOutcome run(SandboxCommand command, ViewMaker views, ArgvBuilder argv, Optional<byte[]> seccomp) {
        Optional<Interpreter> interpreter = Interpreter.forLanguage(command.language());
        if (interpreter.isEmpty()) {
            return new ExecOutcome.Unavailable(command.language().wireName() + " is not installed on this machine",
                    "install the Debian package '" + Interpreter.debianPackage(command.language()) + "'");
        }
        try (RunFiles files = RunFiles.create("mycel-run-")) {
            Path code = files.write("main" + interpreter.get().fileSuffix(), command.code());
            Path fd3 = seccomp.isPresent() ? files.write("seccomp.bpf", seccomp.get()) : Path.of("/dev/null");
            View view = views.plan(command, code);
            Limits limits = Limits.of(settings, command.timeout());
            Map<String, String> env = Environment.inside(view.home(), command.extraEnv());
            List<String> program = interpreter.get().commandLine(view.codeInside(), command.args());
            return confined(argv.build(view, limits, env, program), env, view, limits, fd3);
        } catch (IOException e) {
            return new ExecOutcome.Unavailable("the sandbox could not be started: " + e.getMessage(),
                    "check that the Debian package '" + toolPackage + "' is installed and works");
        }
    }

    private ExecOutcome confined(List<String> argv, Map<String, String> env, View view, Limits limits, Path fd3)
            throws IOException {
        Optional<PidsCgroup> cgroup = asRoot ? PidsCgroup.create(limits.maxProcesses() + 2) : Optional.empty();
        if (asRoot && cgroup.isEmpty()) {
            return new ExecOutcome.Unavailable("running as root without a writable pids cgroup: RLIMIT_NPROC does "
                    + "not bind root, so a fork bomb could not be contained", "run Mycel as a normal user");
        }
        try {
            ProcessRunner.Result r = runner.run(Launcher.argv(fd3, cgroup.map(PidsCgroup::procsFile), argv), env,
                    view.workDir(), limits.timeout(), limits.outputLimitBytes(),
                    () -> cgroup.ifPresent(PidsCgroup::killAll));
            PersistenceSweep.clean(view.sweep());
            return Outcomes.of(r);
        } finally {
            cgroup.ifPresent(PidsCgroup::killAll);
        }
    }
}
