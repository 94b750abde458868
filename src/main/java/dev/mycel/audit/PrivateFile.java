package dev.mycel.audit;

import dev.mycel.config.Places;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the audit files are opened: only regular files owned by this user, that nobody else
 * can read or write, never through a symbolic link, in a directory nobody else can write.
 * New files get mode 0600 as they are created (a file attribute, not a chmod afterwards), so
 * there is no moment in which they are readable by others.
 */
final class PrivateFile {
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_RW =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_RWX =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFile() {
    }

    /** Creates {@code dir} (and missing parents) with mode 0700, and refuses one others could write to. */
    static void prepareDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, OWNER_RWX);
        }
        // Follows a link on purpose: a data dir reached through a link is fine if the real one is safe.
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class);
        if (!a.isDirectory() || ownerUid(dir, true) != Places.currentUid()) {
            throw new IOException(dir + " is not a directory owned by this user; refusing to keep the audit log there");
        }
        if (a.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || a.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException(dir + " is writable by others (mode " + mode(a) + "); refusing to keep the audit log there");
        }
    }

    /**
     * Opens {@code file} with {@code options}, creating it with mode 0600 if it does not exist.
     * Returns whether it was created, so the caller can write its first content.
     */
    static Opened open(Path file, StandardOpenOption... options) throws IOException {
        Set<OpenOption> create = new HashSet<>(List.of(options));
        create.add(StandardOpenOption.CREATE_NEW);
        try {
            FileChannel channel = FileChannel.open(file, create, OWNER_RW);
            syncDirectory(file.toAbsolutePath().getParent());
            return new Opened(channel, true);
        } catch (FileAlreadyExistsException e) {
            // Also what O_EXCL says for a symbolic link, dangling or not; the checks below refuse it.
            return new Opened(openExisting(file, options), false);
        }
    }

    /** A channel and whether opening it created the file. */
    record Opened(FileChannel channel, boolean created) {
    }

    private static FileChannel openExisting(Path file, StandardOpenOption... options) throws IOException {
        // Checked before opening too, because opening a FIFO planted in its place would block.
        checkExisting(file);
        Set<OpenOption> existing = new HashSet<>(List.of(options));
        existing.add(LinkOption.NOFOLLOW_LINKS);
        FileChannel channel = FileChannel.open(file, existing);
        try {
            checkExisting(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** Refuses a file that is a link, not regular, someone else's, or open to group or others. */
    static void checkExisting(Path file) throws IOException {
        PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            throw new IOException(file + " is a symbolic link; refusing to use it as the audit log");
        }
        if (!a.isRegularFile()) {
            throw new IOException(file + " is not a regular file; refusing to use it as the audit log");
        }
        if (ownerUid(file, false) != Places.currentUid()) {
            throw new IOException(file + " is owned by another user; refusing to use it as the audit log");
        }
        if (a.permissions().stream().anyMatch(OTHERS::contains)) {
            throw new IOException(file + " is open to group or others (mode " + mode(a) + ", must be 0600); "
                    + "refusing to use it as the audit log");
        }
    }

    private static int ownerUid(Path path, boolean followLinks) throws IOException {
        LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        return (Integer) Files.getAttribute(path, "unix:uid", options);
    }

    /** Makes a newly created file's directory entry durable, not only its content. */
    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    private static String mode(PosixFileAttributes a) {
        int bits = 0;
        for (PosixFilePermission p : a.permissions()) {
            bits |= 1 << (8 - p.ordinal());
        }
        return String.format("%04o", bits);
    }
}
