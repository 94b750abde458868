package dev.mycel.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Counts the tasks (threads included, as RLIMIT_NPROC does) a uid runs right now, so a limit that
 * the kernel applies user-wide can be set to "what is running plus what the sandbox may add".
 */
final class UserTasks {
    private UserTasks() {
    }

    static int count(int uid) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> ownedBy(p, uid)).mapToInt(UserTasks::threads).sum();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc to count this user's tasks", e);
        }
    }

    private static boolean ownedBy(Path proc, int uid) {
        try {
            return (Integer) Files.getAttribute(proc, "unix:uid") == uid;
        } catch (IOException e) {
            return false;
        }
    }

    private static int threads(Path proc) {
        try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
            return (int) tasks.count();
        } catch (IOException e) {
            return 0;
        }
    }
}
