package dev.mycel.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Performs an approved file action so that a symbolic link swapped in between the check and
 * the use cannot redirect it; the one class of the policy package that changes the disk.
 *
 * <p>Before acting it judges the action again and refuses unless the new ruling equals the
 * approved one (same decision, risk, reason and resolved target). Then it walks the resolved
 * target from {@code /} one directory at a time through {@link SecureDirectoryStream}s, each
 * opened relative to its parent with {@code O_NOFOLLOW} (openat-style), and refuses where a
 * name has become a link. The last name is opened, renamed or unlinked relative to that
 * held directory, again without following links. Writes go to a temporary file in the same
 * directory, synced and then renamed over the target, keeping the old file's permissions.
 * Refusals are values; I/O failures (a missing directory, no permission) are exceptions.
 */
public final class FileActions {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final PolicyEvaluator evaluator;
    private final int maxReadBytes;
    private final int maxListEntries;

    public FileActions(PolicyEvaluator evaluator, int maxReadBytes, int maxListEntries) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        if (maxReadBytes < 0 || maxReadBytes > Integer.MAX_VALUE - 16 || maxListEntries < 0) {
            throw new IllegalArgumentException("limits out of range: " + maxReadBytes + ", " + maxListEntries);
        }
        this.maxReadBytes = maxReadBytes;
        this.maxListEntries = maxListEntries;
    }

    /**
     * Performs {@code action} if {@code approved} is the ruling it was given (an allow, or a
     * confirmation the user answered yes to) and the disk still earns that ruling now.
     */
    public FileOutcome perform(Action.FileAction action, Context context, Ruling approved) throws IOException {
        if (approved instanceof Ruling.Deny d) {
            return new FileOutcome.Refused(d.reason());
        }
        Ruling now = evaluator.evaluate(action, context);
        if (now instanceof Ruling.Deny d) {
            return new FileOutcome.Refused(d.reason());
        }
        if (!now.equals(approved)) {
            return new FileOutcome.Refused("the path changed after it was checked: it was judged \""
                    + approved.reason() + "\" and is now \"" + now.reason() + "\"");
        }
        return execute(action, now.target().orElseThrow());
    }

    /**
     * Performs {@code action} on {@code target}, a resolved path free of links. Only
     * {@link #perform} and tests call it; tests hand it a stale target to attack the walk itself.
     */
    FileOutcome execute(Action.FileAction action, Path target) throws IOException {
        Path name = target.getFileName();
        return switch (action) {
            case Action.ListDirectory list -> inDirectory(target, dir -> list(dir, target));
            case Action.ReadFile read -> inParent(target, dir -> read(dir, name, target));
            case Action.WriteFile write -> inParent(target, dir -> write(dir, name, target, write));
            case Action.DeleteFile delete -> inParent(target, dir -> delete(dir, name, target));
        };
    }

    /** Work done on a directory held open, relative to it. */
    private interface InDirectory {
        FileOutcome apply(SecureDirectoryStream<Path> dir) throws IOException;
    }

    private static FileOutcome inParent(Path target, InDirectory work) throws IOException {
        if (target.getParent() == null) {
            return new FileOutcome.Refused(target + " is not a file");
        }
        return inDirectory(target.getParent(), work);
    }

    private static FileOutcome inDirectory(Path dir, InDirectory work) throws IOException {
        return switch (openDirectory(dir)) {
            case Stopped s -> new FileOutcome.Refused(s.reason());
            case Reached r -> {
                try (SecureDirectoryStream<Path> held = r.dir()) {
                    yield work.apply(held);
                }
            }
        };
    }

    private sealed interface Walk permits Reached, Stopped {
    }

    private record Reached(SecureDirectoryStream<Path> dir) implements Walk {
    }

    private record Stopped(String reason) implements Walk {
    }

    /** Opens {@code dir} from the root, one name at a time, never following a link. */
    private static Walk openDirectory(Path dir) throws IOException {
        Path reached = dir.getRoot();
        SecureDirectoryStream<Path> current = secure(Files.newDirectoryStream(reached));
        for (Path name : dir) {
            reached = reached.resolve(name);
            try (SecureDirectoryStream<Path> parent = current) {
                PosixFileAttributes a = lstat(parent, name).orElseThrow(() -> new NoSuchFileException(dir.toString()));
                if (a.isSymbolicLink()) {
                    return new Stopped(reached + " is now a symbolic link; it was not one when checked");
                }
                if (!a.isDirectory()) {
                    return new Stopped(reached + " is no longer a directory");
                }
                current = secure(parent.newDirectoryStream(name, NOFOLLOW));
            }
        }
        return new Reached(current);
    }

    private FileOutcome read(SecureDirectoryStream<Path> dir, Path name, Path target) throws IOException {
        PosixFileAttributes a = lstat(dir, name).orElseThrow(() -> new NoSuchFileException(target.toString()));
        if (!a.isRegularFile()) {
            return notAFile(a, target);
        }
        try (SeekableByteChannel ch = dir.newByteChannel(name, Set.of(StandardOpenOption.READ, NOFOLLOW))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            // One byte past the cap tells a file of exactly the cap from a longer one.
            while (out.size() <= maxReadBytes && ch.read(buf.clear().limit(Math.min(buf.capacity(),
                    maxReadBytes + 1 - out.size()))) > 0) {
                out.write(buf.array(), 0, buf.position());
            }
            byte[] bytes = out.toByteArray();
            boolean truncated = bytes.length > maxReadBytes;
            byte[] content = truncated ? Arrays.copyOf(bytes, maxReadBytes) : bytes;
            return new FileOutcome.Read(target, content, Math.max(ch.size(), bytes.length), truncated);
        }
    }

    private static FileOutcome write(SecureDirectoryStream<Path> dir, Path name, Path target,
                                     Action.WriteFile write) throws IOException {
        Optional<PosixFileAttributes> before = lstat(dir, name);
        if (before.isPresent() && !before.get().isRegularFile()) {
            return notAFile(before.get(), target);
        }
        byte[] bytes = write.content().getBytes(StandardCharsets.UTF_8);
        if (write.append()) {
            Set<OpenOption> options = before.isPresent()
                    ? Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND, NOFOLLOW)
                    : Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND, StandardOpenOption.CREATE_NEW, NOFOLLOW);
            try (SeekableByteChannel ch = dir.newByteChannel(name, options)) {
                writeAll(ch, bytes);
            }
            return new FileOutcome.Written(target, bytes.length, true);
        }
        return replace(dir, name, target, bytes, before);
    }

    /** Temp file beside the target, synced, then renamed over it: readers see the old file or the new one. */
    private static FileOutcome replace(SecureDirectoryStream<Path> dir, Path name, Path target, byte[] bytes,
                                       Optional<PosixFileAttributes> before) throws IOException {
        Path temp = Path.of(".mycel-" + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (SeekableByteChannel ch = dir.newByteChannel(temp,
                    Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW, NOFOLLOW))) {
                writeAll(ch, bytes);
            }
            if (before.isPresent()) {
                dir.getFileAttributeView(temp, PosixFileAttributeView.class, NOFOLLOW)
                        .setPermissions(before.get().permissions());
            }
            Optional<PosixFileAttributes> now = lstat(dir, name);
            if (now.isPresent() && !now.get().isRegularFile()) {
                return notAFile(now.get(), target);
            }
            if (before.isEmpty() && now.isPresent()) {
                return new FileOutcome.Refused(target + " appeared after it was checked as a new file");
            }
            dir.move(temp, dir, name);
            moved = true;
            return new FileOutcome.Written(target, bytes.length, false);
        } finally {
            if (!moved) {
                deleteIfPresent(dir, temp);
            }
        }
    }

    private static FileOutcome delete(SecureDirectoryStream<Path> dir, Path name, Path target) throws IOException {
        PosixFileAttributes a = lstat(dir, name).orElseThrow(() -> new NoSuchFileException(target.toString()));
        if (a.isSymbolicLink()) {
            return notAFile(a, target);
        }
        if (a.isDirectory()) {
            dir.deleteDirectory(name);
        } else {
            dir.deleteFile(name);
        }
        return new FileOutcome.Deleted(target);
    }

    private FileOutcome list(SecureDirectoryStream<Path> dir, Path target) throws IOException {
        List<FileOutcome.Entry> entries = new ArrayList<>();
        boolean truncated = false;
        for (Path entry : dir) {
            if (entries.size() == maxListEntries) {
                truncated = true;
                break;
            }
            Path name = entry.getFileName();
            // An entry removed while listing is simply not listed.
            lstat(dir, name).ifPresent(a -> entries.add(new FileOutcome.Entry(name.toString(), type(a), a.size())));
        }
        entries.sort(Comparator.comparing(FileOutcome.Entry::name));
        return new FileOutcome.Listed(target, entries, truncated);
    }

    private static FileOutcome.EntryType type(PosixFileAttributes a) {
        if (a.isSymbolicLink()) {
            return FileOutcome.EntryType.SYMLINK;
        }
        return a.isRegularFile() ? FileOutcome.EntryType.FILE
                : a.isDirectory() ? FileOutcome.EntryType.DIRECTORY : FileOutcome.EntryType.OTHER;
    }

    private static FileOutcome notAFile(PosixFileAttributes a, Path target) {
        return new FileOutcome.Refused(a.isSymbolicLink()
                ? target + " is now a symbolic link; it was not one when checked"
                : target + " is not a regular file");
    }

    private static void writeAll(SeekableByteChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        // A rename must not expose a file whose bytes are still only in the page cache.
        if (ch instanceof FileChannel fc) {
            fc.force(true);
        }
    }

    private static Optional<PosixFileAttributes> lstat(SecureDirectoryStream<Path> dir, Path name) throws IOException {
        try {
            return Optional.of(dir.getFileAttributeView(name, PosixFileAttributeView.class, NOFOLLOW).readAttributes());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static void deleteIfPresent(SecureDirectoryStream<Path> dir, Path name) throws IOException {
        try {
            dir.deleteFile(name);
        } catch (NoSuchFileException e) {
            // Never created: nothing to clean up.
        }
    }

    /** Fails closed where the platform cannot open relative to a directory without following links. */
    private static SecureDirectoryStream<Path> secure(DirectoryStream<Path> stream) throws IOException {
        if (stream instanceof SecureDirectoryStream<Path> sds) {
            return sds;
        }
        stream.close();
        throw new UnsupportedOperationException("this platform has no SecureDirectoryStream;"
                + " file actions are refused rather than done in a way a link could redirect");
    }
}
