package dev.mycel.sandbox;

import java.util.List;

/**
 * The {@code prlimit} prefix that sets the kernel limits from inside the sandbox. Setting
 * RLIMIT_NPROC after bubblewrap has made the user namespace matters: since Linux 5.14 the count
 * is per (user namespace, uid), so the limit covers this sandbox only rather than every process
 * the user owns. It does not bind root, which is why a run as root also gets a pids cgroup.
 */
final class RlimitArgv {
    static final String PRLIMIT = "/usr/bin/prlimit";

    private RlimitArgv() {
    }

    static List<String> prlimit(Limits l) {
        return List.of(PRLIMIT, "--as=" + l.addressSpaceBytes(), "--nproc=" + l.maxProcesses(),
                "--fsize=" + l.maxFileBytes(), "--cpu=" + l.cpuSeconds(), "--core=0", "--");
    }
}
