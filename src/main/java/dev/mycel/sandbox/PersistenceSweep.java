package dev.mycel.sandbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes blocked or persistence paths that a run created inside a granted place (a new
 * {@code .bashrc}, {@code .git/hooks}, {@code ~/.ssh}). A bind mount cannot cover a path that does
 * not exist without creating it on the host, so this runs instead, after every process of the run
 * is dead: nothing can race it. Links are removed, never followed.
 */
final class PersistenceSweep {
    private PersistenceSweep() {
    }

    /** Returns the paths it removed. */
    static List<Path> clean(List<Path> paths) {
        List<Path> removed = new ArrayList<>();
        for (Path p : paths) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    deleteTree(p);
                    removed.add(p);
                } catch (IOException e) {
                    throw new IllegalStateException("could not remove " + p + " that sandboxed code created", e);
                }
            }
        }
        return removed;
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
