package dev.mycel.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A per-run pids cgroup (v1 controller at /sys/fs/cgroup/pids, or a v2 tree that offers pids),
 * the fork-bomb wall for root: RLIMIT_NPROC never binds uid 0, but pids.max binds everyone.
 * The launcher writes its own pid into {@link #procsFile()} before exec'ing the sandbox, so every
 * process of the run is born inside; {@link #killAll()} then finds even ones that escaped the tree.
 */
final class PidsCgroup {
    private static final List<Path> MOUNTS = List.of(Path.of("/sys/fs/cgroup/pids"), Path.of("/sys/fs/cgroup"));

    private final Path dir;

    private PidsCgroup(Path dir) {
        this.dir = dir;
    }

    /** A fresh group limited to {@code maxTasks}, or empty when no writable pids controller exists. */
    static Optional<PidsCgroup> create(int maxTasks) {
        for (Path mount : MOUNTS) {
            if (Files.isWritable(mount) && offersPids(mount)) {
                Path dir = mount.resolve("mycel-" + UUID.randomUUID());
                try {
                    Files.createDirectory(dir);
                    Files.writeString(dir.resolve("pids.max"), Integer.toString(maxTasks));
                    return Optional.of(new PidsCgroup(dir));
                } catch (IOException e) {
                    removeQuietly(dir);
                }
            }
        }
        return Optional.empty();
    }

    Path procsFile() {
        return dir.resolve("cgroup.procs");
    }

    /** Kills every task in the group until it is empty, then removes the group. */
    void killAll() {
        for (int round = 0; round < 100; round++) {
            List<Long> pids = members();
            if (pids.isEmpty()) {
                break;
            }
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            sleepBriefly();
        }
        // Empty means every task is gone; the kernel may keep the group busy a moment longer
        // while it reaps them, and the caller need not wait for that.
        Thread.ofVirtual().name("mycel-cgroup-rm").start(() -> removeQuietly(dir));
    }

    List<Long> members() {
        try {
            return Files.readAllLines(procsFile()).stream().filter(l -> !l.isBlank()).map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean offersPids(Path mount) {
        if (mount.endsWith("pids")) {
            return Files.exists(mount.resolve("cgroup.procs"));
        }
        try {
            return Files.readString(mount.resolve("cgroup.subtree_control")).contains("pids");
        } catch (IOException e) {
            return false;
        }
    }

    private static void removeQuietly(Path dir) {
        for (int i = 0; i < 500; i++) {
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (IOException e) {
                // Busy until the last task is reaped by the kernel; try again shortly.
                pause(2);
            }
        }
    }

    private static void sleepBriefly() {
        pause(10);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
