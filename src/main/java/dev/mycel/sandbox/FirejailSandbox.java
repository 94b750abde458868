package dev.mycel.sandbox;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The second backend: firejail with its network, protocol and seccomp filters, the host shown
 * read-only with HOME and /tmp replaced and blocked paths blacklisted. Firejail's RLIMIT_NPROC
 * counts all of the user's processes, so for a normal user the limit is raised by the tasks the
 * user already runs (see {@link UserTasks}); as root the pids cgroup is the wall, as with bwrap.
 * Gaps against bubblewrap: /tmp and HOME tmpfs are not size-limited (only RLIMIT_FSIZE per file),
 * and the rest of the host (/var, /home of others, /run) stays visible read-only.
 */
final class FirejailSandbox implements Sandbox {
    private final Path firejail;
    private final ViewPlanner planner;
    private final RunSequence sequence;
    private final boolean asRoot;

    FirejailSandbox(Path firejail, SandboxSettings settings, PolicySettings policy, Places places) {
        this.firejail = firejail;
        this.planner = new ViewPlanner(policy, places);
        this.asRoot = Places.currentUid() == 0;
        this.sequence = new RunSequence(settings, asRoot, "firejail");
    }

    @Override
    public String name() {
        return "firejail";
    }

    @Override
    public ExecOutcome run(SandboxCommand command) {
        return sequence.run(command,
                (cmd, code) -> planner.plan(cmd, code, code, List.of(Path.of("/"))),
                (view, limits, env, program) -> FirejailArgv.build(firejail, view, nprocFor(limits), env, program,
                        asRoot),
                Optional.empty());
    }

    private Limits nprocFor(Limits l) {
        if (asRoot) {
            return l;
        }
        int already = UserTasks.count(Places.currentUid());
        return new Limits(l.addressSpaceBytes(), l.maxProcesses() + already, l.maxFileBytes(), l.cpuSeconds(),
                l.tmpfsBytes(), l.outputLimitBytes(), l.timeout());
    }
}
