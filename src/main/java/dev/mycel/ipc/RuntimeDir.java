package dev.mycel.ipc;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates or vets the runtime directory. Refuses a symlink, a directory owned by another user,
 * or one that others can write into: any of those would let someone else plant or swap the
 * socket or the token.
 */
public final class RuntimeDir {
    private RuntimeDir() {
    }

    /** Thrown with a one-line reason the user can act on. */
    public static final class UnsafeDirException extends IOException {
        public UnsafeDirException(String message) {
            super(message);
        }
    }

    public static void prepare(Path dir, int ownUid) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException raced) {
                // someone created it between our check and our mkdir: vet what is there instead
            }
        }
        vet(dir, ownUid);
    }

    public static void vet(Path dir, int ownUid) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            throw new UnsafeDirException("runtime dir " + dir + " is a symlink; remove it (or set MYCEL_RUNTIME_DIR) and start again");
        }
        PosixFileAttributes attrs = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isDirectory()) {
            throw new UnsafeDirException("runtime dir " + dir + " is not a directory; remove it and start again");
        }
        int owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (owner != ownUid) {
            throw new UnsafeDirException("runtime dir " + dir + " is owned by uid " + owner + ", not by you (uid "
                    + ownUid + "); use a directory of your own via MYCEL_RUNTIME_DIR");
        }
        Set<PosixFilePermission> perms = attrs.permissions();
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new UnsafeDirException("runtime dir " + dir + " is writable by others (mode "
                    + PosixFilePermissions.toString(perms) + "); run 'chmod 700 " + dir + "' and start again");
        }
    }
}
