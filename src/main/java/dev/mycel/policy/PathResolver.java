package dev.mycel.policy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds the path the kernel would actually reach for a requested path; the one class of the
 * policy package that looks at the file system, so everything else stays pure.
 *
 * <p>It walks the path one name at a time from the root as open(2) does: each existing name
 * is looked at without following it, a symbolic link is replaced by its target (chains and
 * dangling links included, at most {@value #MAX_LINKS} of them), {@code ..} goes to the
 * parent of what was reached so far (not of the text), and {@code .}, repeated and trailing
 * slashes vanish. Names below the first one that does not exist are taken as written, since
 * no link can hide there yet; {@link FileActions} re-checks at the time of use.
 */
public final class PathResolver {
    static final int MAX_LINKS = 40;

    enum Kind { MISSING, FILE, DIRECTORY, OTHER }

    sealed interface Resolution permits Resolved, Unresolvable {
    }

    /** {@code path} is absolute and free of links, {@code .} and {@code ..} up to the first missing name. */
    record Resolved(Path path, Kind kind) implements Resolution {
    }

    record Unresolvable(Path requested, String why) implements Resolution {
    }

    public PathResolver() {
    }

    /** {@code requested} made absolute: {@code ~} is the context's home, relative paths start in its working dir. */
    public static Path absolute(Path requested, Context context) {
        if (requested.isAbsolute()) {
            return requested;
        }
        if (requested.getNameCount() > 0 && requested.getName(0).toString().equals("~")) {
            Path rest = requested.getNameCount() == 1 ? Path.of("") : requested.subpath(1, requested.getNameCount());
            return context.home().resolve(rest);
        }
        return context.workDir().resolve(requested);
    }

    Resolution resolve(Path requested, Context context) {
        return resolve(absolute(requested, context));
    }

    Resolution resolve(Path absolute) {
        Path root = absolute.getRoot();
        Deque<String> todo = new ArrayDeque<>(names(absolute));
        Path current = root;
        Path missingFrom = null;
        int links = 0;
        try {
            while (!todo.isEmpty()) {
                String name = todo.pop();
                if (name.isEmpty() || name.equals(".")) {
                    continue;
                }
                if (name.equals("..")) {
                    current = current.getParent() == null ? root : current.getParent();
                    if (missingFrom != null && !current.startsWith(missingFrom)) {
                        missingFrom = null;
                    }
                    continue;
                }
                Path next = current.resolve(name);
                Optional<BasicFileAttributes> attrs = missingFrom == null ? lstat(next) : Optional.empty();
                if (attrs.isPresent() && attrs.get().isSymbolicLink()) {
                    if (++links > MAX_LINKS) {
                        return new Unresolvable(absolute, "more than " + MAX_LINKS + " symbolic links");
                    }
                    Path target = Files.readSymbolicLink(next);
                    List<String> targetNames = names(target);
                    for (int i = targetNames.size() - 1; i >= 0; i--) {
                        todo.push(targetNames.get(i));
                    }
                    if (target.isAbsolute()) {
                        current = root;
                    }
                    continue;
                }
                if (attrs.isEmpty() && missingFrom == null) {
                    missingFrom = next;
                }
                current = next;
            }
            return new Resolved(current, missingFrom == null ? kind(lstat(current)) : Kind.MISSING);
        } catch (IOException e) {
            return new Unresolvable(absolute, why(e));
        }
    }

    /**
     * Whether the request's last name is itself a symbolic link: what unlink(2) would remove,
     * where every other call follows it to its target.
     */
    boolean endsInLink(Path requested, Context context) {
        Path absolute = absolute(requested, context);
        Path name = absolute.getFileName();
        if (name == null || name.toString().equals(".") || name.toString().equals("..")) {
            return false;
        }
        if (!(resolve(absolute.getParent()) instanceof Resolved parent) || parent.kind() != Kind.DIRECTORY) {
            return false;
        }
        try {
            return lstat(parent.path().resolve(name)).map(BasicFileAttributes::isSymbolicLink).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<BasicFileAttributes> lstat(Path p) throws IOException {
        try {
            return Optional.of(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static Kind kind(Optional<BasicFileAttributes> attrs) {
        if (attrs.isEmpty()) {
            return Kind.MISSING;
        }
        BasicFileAttributes a = attrs.get();
        return a.isRegularFile() ? Kind.FILE : a.isDirectory() ? Kind.DIRECTORY : Kind.OTHER;
    }

    /** The names as written, keeping {@code .} and {@code ..}: they mean something only once links are known. */
    private static List<String> names(Path p) {
        List<String> out = new ArrayList<>();
        p.forEach(n -> out.add(n.toString()));
        return out;
    }

    private static String why(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
