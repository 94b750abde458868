package dev.mycel.sandbox;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The default backend: bubblewrap with every namespace unshared, a view built from nothing but
 * the system dirs and the policy's grants, the generated seccomp filter on fd 3, kernel limits set
 * inside with prlimit, and, as root, a pids cgroup per run. Built by {@link Sandboxes}, which
 * proves it works first.
 */
final class BwrapSandbox implements Sandbox {
    static final Path CODE_DIR_INSIDE = Path.of("/.mycel");

    private final Path bwrap;
    private final ViewPlanner planner;
    private final SeccompFilter filter;
    private final RunSequence sequence;

    /**
     * The filter is generated once; each run writes it (a few hundred bytes) into its own private
     * directory, so no long-lived file can be swapped or cleaned away under a running runtime.
     */
    BwrapSandbox(Path bwrap, SandboxSettings settings, PolicySettings policy, Places places, SeccompFilter filter) {
        this.bwrap = bwrap;
        this.planner = new ViewPlanner(policy, places);
        this.filter = filter;
        this.sequence = new RunSequence(settings, Places.currentUid() == 0, "bubblewrap");
    }

    @Override
    public String name() {
        return "bubblewrap";
    }

    @Override
    public ExecOutcome run(SandboxCommand command) {
        return sequence.run(command,
                (cmd, code) -> planner.plan(cmd, code, CODE_DIR_INSIDE.resolve(code.getFileName())),
                (view, limits, env, program) -> BwrapArgv.build(bwrap, view, limits, env, program),
                Optional.of(filter.program()));
    }
}
