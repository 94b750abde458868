package dev.mycel.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one shell in front of the sandbox, for what Java's process API cannot do: open a file on
 * fd 3 for the child (bwrap's {@code --seccomp 3}) and join a cgroup before the first fork.
 * The script is a constant; every path and argument reaches it as a positional parameter, so
 * nothing is ever spliced into shell text. It {@code exec}s, leaving no shell process behind.
 */
final class Launcher {
    static final String SH = "/bin/sh";
    /** $0: file for fd 3; $1: cgroup.procs to join, or empty; the rest: the command. */
    static final String SCRIPT = "if [ -n \"$1\" ]; then echo \"$$\" > \"$1\" || exit 125; fi; shift; exec \"$@\" 3<\"$0\"";

    private Launcher() {
    }

    static List<String> argv(Path fd3File, Optional<Path> cgroupProcs, List<String> command) {
        List<String> a = new ArrayList<>(List.of(SH, "-c", SCRIPT, fd3File.toString(),
                cgroupProcs.map(Path::toString).orElse("")));
        a.addAll(command);
        return a;
    }
}
