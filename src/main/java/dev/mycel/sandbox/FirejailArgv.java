package dev.mycel.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link View} and {@link Limits} into the firejail command line. Pure, like
 * {@link BwrapArgv}. Firejail starts from the host filesystem rather than from nothing, so the
 * view is made by subtraction: everything read-only, HOME and /tmp replaced by a tmpfs holding
 * only the whitelisted places, blocked paths blacklisted. Its own seccomp list gets our extra
 * calls, and its protocol filter (inet, inet6 only) is what refuses Unix-domain sockets.
 */
final class FirejailArgv {
    /** Added to firejail's default seccomp list, which already has most mount and module calls. */
    static final List<String> EXTRA_SYSCALLS = List.of("io_uring_setup", "io_uring_enter", "io_uring_register", "bpf",
            "perf_event_open", "userfaultfd", "keyctl", "add_key", "request_key", "process_vm_readv",
            "process_vm_writev", "ptrace", "mount", "umount2", "pivot_root", "move_mount", "fsopen", "fsconfig",
            "fsmount", "fspick", "open_tree", "unshare", "setns", "kexec_load", "kexec_file_load", "init_module",
            "finit_module", "delete_module", "open_by_handle_at", "name_to_handle_at");
    /** A name that never exists: whitelisting it makes firejail put an empty tmpfs over HOME. */
    static final String HOME_PLACEHOLDER = ".mycel-sandbox-home";
    static final Path ENV = Path.of("/usr/bin/env");

    private FirejailArgv() {
    }

    static List<String> build(Path firejail, View view, Limits limits, Map<String, String> env, List<String> program,
            boolean asRoot) {
        List<String> a = new ArrayList<>(List.of(firejail.toString(), "--quiet", "--noprofile", "--net=none",
                "--protocol=inet,inet6", "--seccomp=" + String.join(",", EXTRA_SYSCALLS),
                "--seccomp-error-action=EPERM", "--seccomp.block-secondary", "--restrict-namespaces",
                "--caps.drop=all", "--nonewprivs", "--nogroups", "--ipc-namespace", "--private-dev",
                "--nosound", "--no3d", "--nodvd", "--notv", "--nou2f", "--novideo", "--deterministic-shutdown"));
        if (!asRoot) {
            a.add("--noroot");
        }
        a.add("--read-only=/");
        a.add("--private-tmp");
        a.add("--whitelist=" + view.home().resolve(HOME_PLACEHOLDER));
        view.binds().forEach(b -> a.add("--whitelist=" + b.path()));
        a.add("--whitelist=" + view.codeFile().getParent());
        view.binds().forEach(b -> a.add((b.writable() ? "--read-write=" : "--read-only=") + b.path()));
        view.overlays().forEach(o -> a.add("--read-only=" + o));
        view.maskedDirs().forEach(d -> a.add("--blacklist=" + d));
        view.maskedFiles().forEach(f -> a.add("--blacklist=" + f));
        a.add("--");
        a.add(ENV.toString());
        a.add("-i");
        env.forEach((k, v) -> a.add(k + "=" + v));
        a.addAll(RlimitArgv.prlimit(limits));
        a.addAll(program);
        return a;
    }
}
