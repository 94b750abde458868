package dev.mycel.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * The filesystem the code sees, resolved against the host once per run and then turned into
 * argv by a pure builder. Mounts apply in list order: system, private HOME and /tmp, the
 * {@code binds} (shallow before deep), the read-only {@code overlays}, and last the masks,
 * which therefore win over everything.
 *
 * @param systemDirs host directories bound read-only at their own path
 * @param systemLinks host top-level symlinks (merged /usr) recreated as links
 * @param home the private HOME, an empty size-limited tmpfs at the user's home path
 * @param binds the working dir (read-only) and the granted places (read-write)
 * @param overlays existing persistence files inside granted places, re-bound read-only
 * @param maskedDirs blocked directories, covered by an empty read-only tmpfs
 * @param maskedFiles blocked files, covered by /dev/null
 * @param sweep blocked or persistence paths inside granted places that do not exist yet;
 *        anything the code creates there is removed once every process of the run is dead
 * @param codeFile the private host file holding the code, bound read-only at {@code codeInside}
 */
record View(List<Path> systemDirs, List<Link> systemLinks, Path home, List<Bind> binds, List<Path> overlays,
        List<Path> maskedDirs, List<Path> maskedFiles, List<Path> sweep, Path codeFile, Path codeInside,
        Path workDir) {

    View {
        systemDirs = List.copyOf(systemDirs);
        systemLinks = List.copyOf(systemLinks);
        binds = List.copyOf(binds);
        overlays = List.copyOf(overlays);
        maskedDirs = List.copyOf(maskedDirs);
        maskedFiles = List.copyOf(maskedFiles);
        sweep = List.copyOf(sweep);
    }

    record Link(String target, Path at) {
    }

    record Bind(Path path, boolean writable) {
    }
}
