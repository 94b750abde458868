package dev.mycel.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Private files for the sandbox: a 0700 directory holding 0600 files, created atomically with
 * those modes so no other user can read or swap them in between. The code travels as a file
 * (bound read-only inside) so that its size and quoting never matter.
 */
final class RunFiles implements AutoCloseable {
    private final Path dir;

    private RunFiles(Path dir) {
        this.dir = dir;
    }

    static RunFiles create(String prefix) throws IOException {
        return new RunFiles(Files.createTempDirectory(prefix,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
    }

    Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(Files.createFile(file,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                content, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        try (var entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
