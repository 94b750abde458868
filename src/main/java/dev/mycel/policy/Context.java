package dev.mycel.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an action is judged from: the working directory relative paths start in, the user's
 * home that {@code ~} stands for, and the session the action belongs to (for prompts and the
 * audit log; the rules do not depend on it). Both paths must be absolute.
 */
public record Context(Path workDir, Path home, String session) {

    public Context {
        Objects.requireNonNull(session, "session");
        workDir = absolute(workDir, "workDir");
        home = absolute(home, "home");
    }

    private static Path absolute(Path p, String name) {
        Objects.requireNonNull(p, name);
        if (!p.isAbsolute()) {
            throw new IllegalArgumentException(name + " must be absolute: " + p);
        }
        return p;
    }
}
