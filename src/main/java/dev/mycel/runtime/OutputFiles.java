package dev.mycel.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files approved code may create. The sandbox can only bind what exists, so a missing one is
 * created empty just before the run (never through a symlink: CREATE_NEW refuses any existing
 * name) and removed again when the run failed and left it empty, so a failure leaves no litter.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Creates each missing file; returns the ones it created. Parents must already exist. */
    static List<Path> createMissing(List<Path> outputs) throws IOException {
        List<Path> created = new ArrayList<>();
        try {
            for (Path p : outputs) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!Files.isDirectory(p.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("the folder for " + p + " does not exist; create it first");
                }
                created.add(Files.createFile(p));
            }
        } catch (IOException e) {
            removeIfEmpty(created);
            throw e;
        }
        return created;
    }

    static void removeIfEmpty(List<Path> created) {
        for (Path p : created) {
            try {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.size(p) == 0) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                // best effort: an empty file left behind is harmless and visible to the user
            }
        }
    }
}
