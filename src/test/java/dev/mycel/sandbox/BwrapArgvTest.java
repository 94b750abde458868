package dev.mycel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure command-line builders, compared as whole lists. */
class BwrapArgvTest {
    static final Limits LIMITS = new Limits(1L << 30, 64, 8L << 20, 30, 16L << 20, 4096, Duration.ofSeconds(5));
    static final View VIEW = new View(List.of(Path.of("/usr"), Path.of("/etc")),
            List.of(new View.Link("usr/bin", Path.of("/bin"))), Path.of("/home/u"),
            List.of(new View.Bind(Path.of("/home/u/proj"), false), new View.Bind(Path.of("/home/u/proj/out"), true)),
            List.of(Path.of("/home/u/proj/out/.git")), List.of(Path.of("/home/u/.ssh")), List.of(Path.of("/etc/shadow")),
            List.of(Path.of("/home/u/proj/out/.bashrc")), Path.of("/tmp/mycel-run-1/main.py"),
            Path.of("/.mycel/main.py"), Path.of("/home/u/proj"));
    static final Map<String, String> ENV = Environment.inside(Path.of("/home/u"), Map.of("SLOT", "a b"));
    static final List<String> PROGRAM = List.of("/usr/bin/python3", "/.mycel/main.py", "arg; rm -rf /");
    static final List<String> PRLIMIT = List.of("/usr/bin/prlimit", "--as=1073741824", "--nproc=64",
            "--fsize=8388608", "--cpu=30", "--core=0", "--");

    @Test
    void bwrap_argv_unshares_everything_and_masks_last() {
        List<String> expected = new ArrayList<>(List.of("/usr/bin/bwrap",
                "--unshare-user", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup",
                "--disable-userns", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--hostname", "sandbox",
                "--clearenv",
                "--setenv", "HOME", "/home/u", "--setenv", "LANG", "C.UTF-8", "--setenv", "PATH",
                "/usr/local/bin:/usr/bin:/bin", "--setenv", "SLOT", "a b", "--setenv", "TMPDIR", "/tmp",
                "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc", "--symlink", "usr/bin", "/bin",
                "--proc", "/proc", "--dev", "/dev",
                "--size", "16777216", "--tmpfs", "/tmp", "--size", "16777216", "--tmpfs", "/home/u",
                "--ro-bind", "/home/u/proj", "/home/u/proj", "--bind", "/home/u/proj/out", "/home/u/proj/out",
                "--ro-bind", "/home/u/proj/out/.git", "/home/u/proj/out/.git",
                "--perms", "0000", "--size", "4096", "--tmpfs", "/home/u/.ssh", "--remount-ro", "/home/u/.ssh",
                "--ro-bind", "/dev/null", "/etc/shadow",
                "--ro-bind", "/tmp/mycel-run-1/main.py", "/.mycel/main.py",
                "--remount-ro", "/", "--seccomp", "3", "--chdir", "/home/u/proj", "--"));
        expected.addAll(PRLIMIT);
        expected.addAll(PROGRAM);
        assertThat(BwrapArgv.build(Path.of("/usr/bin/bwrap"), VIEW, LIMITS, ENV, PROGRAM)).isEqualTo(expected);
    }

    @Test
    void firejail_argv_hides_by_subtraction_and_sets_the_env_inside() {
        List<String> expected = new ArrayList<>(List.of("/usr/bin/firejail", "--quiet", "--noprofile", "--net=none",
                "--protocol=inet,inet6", "--seccomp=" + String.join(",", FirejailArgv.EXTRA_SYSCALLS),
                "--seccomp-error-action=EPERM", "--seccomp.block-secondary", "--restrict-namespaces",
                "--caps.drop=all", "--nonewprivs", "--nogroups", "--ipc-namespace", "--private-dev",
                "--nosound", "--no3d", "--nodvd", "--notv", "--nou2f", "--novideo", "--deterministic-shutdown",
                "--noroot", "--read-only=/", "--private-tmp", "--whitelist=/home/u/.mycel-sandbox-home",
                "--whitelist=/home/u/proj", "--whitelist=/home/u/proj/out", "--whitelist=/tmp/mycel-run-1",
                "--read-only=/home/u/proj", "--read-write=/home/u/proj/out", "--read-only=/home/u/proj/out/.git",
                "--blacklist=/home/u/.ssh", "--blacklist=/etc/shadow", "--", "/usr/bin/env", "-i",
                "HOME=/home/u", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "SLOT=a b", "TMPDIR=/tmp"));
        expected.addAll(PRLIMIT);
        expected.addAll(PROGRAM);
        assertThat(FirejailArgv.build(Path.of("/usr/bin/firejail"), VIEW, LIMITS, ENV, PROGRAM, false))
                .isEqualTo(expected);
    }

    @Test
    void launcher_keeps_paths_and_argv_out_of_the_shell_text() {
        List<String> cmd = List.of("/usr/bin/bwrap", "$(reboot)", "; rm -rf /");
        assertThat(Launcher.argv(Path.of("/tmp/r/seccomp.bpf"), Optional.of(Path.of("/sys/fs/cgroup/pids/m/cgroup.procs")), cmd))
                .containsExactly("/bin/sh", "-c", Launcher.SCRIPT, "/tmp/r/seccomp.bpf",
                        "/sys/fs/cgroup/pids/m/cgroup.procs", "/usr/bin/bwrap", "$(reboot)", "; rm -rf /");
        assertThat(Launcher.argv(Path.of("/dev/null"), Optional.empty(), List.of("x"))).containsExactly(
                "/bin/sh", "-c", Launcher.SCRIPT, "/dev/null", "", "x");
    }
}
