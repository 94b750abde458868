package dev.mycel.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link View} and {@link Limits} into the bubblewrap command line. Pure: the same inputs
 * give the same list, which the unit tests compare whole.
 */
final class BwrapArgv {
    /** The file descriptor the launcher opens the seccomp program on. */
    static final int SECCOMP_FD = 3;

    private BwrapArgv() {
    }

    static List<String> build(Path bwrap, View view, Limits limits, Map<String, String> env, List<String> program) {
        List<String> a = new ArrayList<>();
        a.add(bwrap.toString());
        a.addAll(List.of("--unshare-user", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
                "--unshare-cgroup", "--disable-userns", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                "--hostname", "sandbox", "--clearenv"));
        env.forEach((k, v) -> a.addAll(List.of("--setenv", k, v)));
        view.systemDirs().forEach(d -> bind(a, "--ro-bind", d));
        view.systemLinks().forEach(l -> a.addAll(List.of("--symlink", l.target(), l.at().toString())));
        a.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        tmpfs(a, limits.tmpfsBytes(), Path.of("/tmp"));
        tmpfs(a, limits.tmpfsBytes(), view.home());
        view.binds().forEach(b -> bind(a, b.writable() ? "--bind" : "--ro-bind", b.path()));
        view.overlays().forEach(o -> bind(a, "--ro-bind", o));
        for (Path d : view.maskedDirs()) {
            a.addAll(List.of("--perms", "0000", "--size", "4096", "--tmpfs", d.toString(), "--remount-ro", d.toString()));
        }
        view.maskedFiles().forEach(f -> a.addAll(List.of("--ro-bind", "/dev/null", f.toString())));
        a.addAll(List.of("--ro-bind", view.codeFile().toString(), view.codeInside().toString()));
        a.addAll(List.of("--remount-ro", "/", "--seccomp", Integer.toString(SECCOMP_FD),
                "--chdir", view.workDir().toString(), "--"));
        a.addAll(RlimitArgv.prlimit(limits));
        a.addAll(program);
        return a;
    }

    private static void bind(List<String> a, String kind, Path p) {
        a.addAll(List.of(kind, p.toString(), p.toString()));
    }

    private static void tmpfs(List<String> a, long bytes, Path at) {
        a.addAll(List.of("--size", Long.toString(bytes), "--tmpfs", at.toString()));
    }
}
