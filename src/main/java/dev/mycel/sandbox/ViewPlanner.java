package dev.mycel.sandbox;

import dev.mycel.config.PolicySettings;
import dev.mycel.config.Places;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the policy's path rules against the host filesystem into a {@link View}. This is the
 * one place of the sandbox that looks at the disk before a run; the argv builders stay pure.
 */
final class ViewPlanner {

    /** Only these host directories exist inside: no /home, /var, /run (sockets), /srv, /mnt, /media. */
    static final List<Path> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
            "/etc", "/opt").stream().map(Path::of).toList();

    /** Files that make code run later (next shell, next commit, next editor task), relative to a granted place. */
    static final List<String> PERSISTENCE = List.of(".bashrc", ".bash_profile", ".bash_login", ".bash_logout",
            ".profile", ".zshrc", ".zprofile", ".zshenv", ".zlogin", ".pam_environment", ".xprofile", ".xinitrc",
            ".envrc", ".git", ".vscode", ".idea", ".devcontainer", ".config/mycel", ".config/autostart",
            ".config/systemd", ".config/fish", ".config/environment.d", ".local/share/applications");

    private final PolicySettings policy;
    private final Places places;

    ViewPlanner(PolicySettings policy, Places places) {
        this.policy = policy;
        this.places = places;
    }

    /** The view for a backend that builds the filesystem from nothing (bubblewrap). */
    View plan(SandboxCommand command, Path codeFile, Path codeInside) {
        return plan(command, codeFile, codeInside, List.of());
    }

    /**
     * {@code alsoVisible} names host trees the backend leaves in view (firejail shows the whole
     * host read-only, so it passes "/"): every blocked path inside them gets masked too.
     */
    View plan(SandboxCommand command, Path codeFile, Path codeInside, List<Path> alsoVisible) {
        requireDirectory(command.workDir());
        command.readablePaths().forEach(ViewPlanner::requireExisting);
        command.writablePaths().forEach(ViewPlanner::requireExisting);
        List<Path> systemDirs = new ArrayList<>();
        List<View.Link> links = new ArrayList<>();
        for (Path p : SYSTEM) {
            if (Files.isSymbolicLink(p)) {
                links.add(new View.Link(readLink(p), p));
            } else if (Files.isDirectory(p)) {
                systemDirs.add(p);
            }
        }
        List<View.Bind> binds = new ArrayList<>();
        binds.add(new View.Bind(command.workDir(), false));
        command.readablePaths().stream().filter(r -> !r.equals(command.workDir()))
                .forEach(r -> binds.add(new View.Bind(r, false)));
        command.writablePaths().forEach(w -> binds.add(new View.Bind(w, true)));
        binds.sort(Comparator.comparingInt((View.Bind b) -> b.path().getNameCount()));
        List<Path> visible = new ArrayList<>(systemDirs);
        binds.forEach(b -> visible.add(b.path()));
        visible.addAll(alsoVisible);
        Masks masks = masks(visible, command.writablePaths());
        Set<Path> overlays = new LinkedHashSet<>();
        for (Path w : command.writablePaths()) {
            persistenceIn(w, overlays, masks.sweep());
        }
        return new View(systemDirs, links, places.home(), binds, List.copyOf(overlays), masks.dirs(), masks.files(),
                List.copyOf(masks.sweep()), codeFile, codeInside, command.workDir());
    }

    private record Masks(List<Path> dirs, List<Path> files, Set<Path> sweep) {
    }

    private Masks masks(List<Path> visible, List<Path> writable) {
        Set<Path> dirs = new LinkedHashSet<>();
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> sweep = new LinkedHashSet<>();
        for (String rule : policy.blockedPaths()) {
            for (Path p : expand(rule)) {
                for (Path candidate : withRealPath(p)) {
                    if (!related(candidate, visible)) {
                        continue;
                    }
                    if (Files.isDirectory(candidate)) {
                        dirs.add(candidate);
                    } else if (Files.exists(candidate)) {
                        files.add(candidate);
                    } else if (under(candidate, writable)) {
                        sweep.add(candidate);
                    }
                }
            }
        }
        return new Masks(List.copyOf(dirs), List.copyOf(files), sweep);
    }

    private void persistenceIn(Path writable, Set<Path> overlays, Set<Path> sweep) {
        List<Path> candidates = new ArrayList<>();
        PERSISTENCE.forEach(name -> candidates.add(writable.resolve(name)));
        for (String rule : policy.writeProtectedPaths()) {
            for (Path p : expand(rule)) {
                if (p.startsWith(writable) || writable.startsWith(p)) {
                    candidates.add(p);
                }
            }
        }
        for (Path c : candidates) {
            if (Files.exists(c, LinkOption.NOFOLLOW_LINKS)) {
                overlays.add(c);
            } else if (c.startsWith(writable)) {
                sweep.add(c);
            }
        }
    }

    /**
     * A rule as concrete paths: {@code ~} is the home; a glob in the last segment only is expanded by
     * listing the parent (so {@code /etc/ssh/*_key} masks each key, not all of /etc/ssh); any other
     * glob masks its literal prefix, which over-blocks rather than under-blocks.
     */
    List<Path> expand(String rule) {
        String text = rule.equals("~") ? places.home().toString()
                : rule.startsWith("~/") ? places.home() + rule.substring(1) : rule;
        Path path = Path.of(text).toAbsolutePath().normalize();
        int firstGlob = -1;
        for (int i = 0; i < path.getNameCount(); i++) {
            if (isGlob(path.getName(i).toString())) {
                firstGlob = i;
                break;
            }
        }
        if (firstGlob < 0) {
            return List.of(path);
        }
        Path prefix = firstGlob == 0 ? path.getRoot() : path.getRoot().resolve(path.subpath(0, firstGlob));
        String segment = path.getName(firstGlob).toString();
        boolean lastOnly = firstGlob == path.getNameCount() - 1 && !segment.equals("**");
        return lastOnly ? listMatching(prefix, segment) : List.of(prefix);
    }

    private static List<Path> listMatching(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(e -> {
                if (m.matches(e.getFileName())) {
                    out.add(e);
                }
            });
        } catch (IOException e) {
            // An unlistable directory: mask all of it rather than guess which entries matter.
            return List.of(dir);
        }
        return out;
    }

    private static boolean isGlob(String segment) {
        return segment.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> withRealPath(Path p) {
        try {
            Path real = p.toRealPath();
            return real.equals(p) ? List.of(p) : List.of(p, real);
        } catch (IOException e) {
            return List.of(p);
        }
    }

    /** A path matters if it is inside something visible, or contains something visible. */
    private static boolean related(Path p, List<Path> visible) {
        return visible.stream().anyMatch(v -> p.startsWith(v) || v.startsWith(p));
    }

    private static boolean under(Path p, List<Path> roots) {
        return roots.stream().anyMatch(p::startsWith);
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the system link " + p, e);
        }
    }

    private static void requireDirectory(Path p) {
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("working directory does not exist: " + p);
        }
    }

    private static void requireExisting(Path p) {
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("writable path does not exist: " + p);
        }
    }
}
