package dev.mycel.policy;

import dev.mycel.config.PolicySettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one proposed {@link Action} into exactly one {@link Ruling}; the only place where the
 * path rules and risk levels are decided.
 *
 * <p>Every path is resolved first ({@link PathResolver}: links, {@code ..}, {@code ~}, relative
 * paths), then judged in this order, the first that applies winning:
 * <ol>
 *   <li>blocked path (config {@code blocked_paths}) → deny, for every kind of action;</li>
 *   <li>anything under {@code /proc} → deny: the runtime's own environment and memory are there;</li>
 *   <li>write-protected path → deny writes and deletes (reads go on);</li>
 *   <li>writes and deletes under the system directories ({@link #SYSTEM_DIRS}, or directly in
 *       {@code /}) → confirm, critical;</li>
 *   <li>writes and deletes outside the working directory → confirm, high;</li>
 *   <li>overwriting, appending to or deleting a file in the working directory → confirm, medium;</li>
 *   <li>creating a file in the working directory → allow, or confirm (low) with {@code confirm_new_files}.</li>
 * </ol>
 * Deleting a path whose last name is a link is denied: {@code rm} would remove the link,
 * this evaluator judges the target, and silently deleting the target would surprise the user.
 * Reading files and listing directories are allowed; code follows the validator's verdict;
 * surfaces are allowed. With {@code deny_critical} every critical confirmation becomes a denial.
 * Reasons are deterministic, so judging the same action on an unchanged disk gives an equal ruling.
 */
public final class PolicyEvaluator {
    static final List<String> SYSTEM_DIRS = List.of("/etc", "/usr", "/boot", "/var", "/opt", "/bin", "/sbin",
            "/lib", "/lib32", "/lib64", "/libx32", "/srv", "/sys", "/dev", "/snap", "/run", "/efi");
    private static final Path PROC = Path.of("/proc");
    private static final int SUMMARY_FINDINGS = 3;

    private final PolicySettings settings;
    private final PathResolver resolver;

    /** @throws IllegalArgumentException naming the rule when a configured rule is malformed */
    public PolicyEvaluator(PolicySettings settings, PathResolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        // Compiled once here so that a broken rule stops the runtime at start, not at the first action.
        PathRules.of(settings.blockedPaths(), Path.of("/home/user"));
        PathRules.of(settings.writeProtectedPaths(), Path.of("/home/user"));
    }

    /** Judges an action that is not code; a {@link Action.RunCode} judged here is denied as unvalidated. */
    public Ruling evaluate(Action action, Context context) {
        return evaluate(action, context, null);
    }

    /** {@code codeVerdict} is the validator's verdict on a {@link Action.RunCode}'s code and ignored otherwise. */
    public Ruling evaluate(Action action, Context context, Verdict codeVerdict) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(context, "context");
        Ruling ruling = switch (action) {
            case Action.RunCode run -> runCode(run, context, codeVerdict);
            case Action.FileAction file -> file(file, context);
            case Action.ShowSurface surface -> new Ruling.Allow(Risk.LOW,
                    "shows a page in a sandboxed frame that cannot reach the network or the runtime",
                    List.of(), Optional.empty());
        };
        return denyCriticalWhenSet(ruling);
    }

    private Ruling file(Action.FileAction action, Context context) {
        Path lexical = PathResolver.absolute(action.path(), context).normalize();
        return switch (resolver.resolve(action.path(), context)) {
            case PathResolver.Unresolvable u -> new Ruling.Deny("cannot check " + lexical + ": " + u.why(),
                    Risk.HIGH, List.of());
            case PathResolver.Resolved r -> {
                List<Path> forms = List.of(r.path(), lexical);
                boolean changes = action instanceof Action.WriteFile || action instanceof Action.DeleteFile;
                Optional<Ruling> denied = pathDenial(forms, context, changes);
                yield denied.orElseGet(() -> switch (action) {
                    case Action.ReadFile read -> read(r);
                    case Action.ListDirectory list -> list(r);
                    case Action.WriteFile write -> write(write, r, context);
                    case Action.DeleteFile delete -> delete(delete, r, context);
                });
            }
        };
    }

    /** The rules that hold whatever the action: blocked, {@code /proc}, and for changes write-protected. */
    private Optional<Ruling> pathDenial(List<Path> forms, Context context, boolean changes) {
        Path real = forms.getFirst();
        Optional<String> blocked = rules(settings.blockedPaths(), context).firstMatch(forms);
        if (blocked.isPresent()) {
            return Optional.of(new Ruling.Deny(real + " is blocked by the policy rule '" + blocked.get() + "'",
                    Risk.CRITICAL, List.of()));
        }
        if (real.startsWith(PROC)) {
            return Optional.of(new Ruling.Deny(real + " is under /proc, where the runtime's own environment"
                    + " and memory can be read", Risk.CRITICAL, List.of()));
        }
        if (changes) {
            Optional<String> prot = rules(settings.writeProtectedPaths(), context).firstMatch(forms);
            if (prot.isPresent()) {
                return Optional.of(new Ruling.Deny(real + " may be read but not changed (policy rule '"
                        + prot.get() + "')", Risk.HIGH, List.of()));
            }
        }
        return Optional.empty();
    }

    private PathRules rules(List<String> sources, Context context) {
        return PathRules.of(sources, context.home()).withResolvedPrefixes(resolver);
    }

    private static Ruling read(PathResolver.Resolved r) {
        return switch (r.kind()) {
            case FILE, MISSING -> allow("reads " + r.path(), r);
            case DIRECTORY -> new Ruling.Deny(r.path() + " is a directory; list it instead", Risk.LOW, List.of());
            case OTHER -> notRegular(r);
        };
    }

    private static Ruling list(PathResolver.Resolved r) {
        return switch (r.kind()) {
            case DIRECTORY, MISSING -> allow("lists " + r.path(), r);
            case FILE, OTHER -> new Ruling.Deny(r.path() + " is not a directory", Risk.LOW, List.of());
        };
    }

    private Ruling write(Action.WriteFile write, PathResolver.Resolved r, Context context) {
        return switch (r.kind()) {
            case DIRECTORY -> new Ruling.Deny(r.path() + " is a directory, not a file", Risk.LOW, List.of());
            case OTHER -> notRegular(r);
            case FILE -> {
                String verb = write.append() ? "appends to" : "overwrites";
                yield placeRisk(verb, r, context)
                        .orElseGet(() -> confirm(Risk.MEDIUM, verb + " the existing file " + r.path(), r));
            }
            case MISSING -> placeRisk("creates", r, context).orElseGet(() -> {
                String reason = "creates the new file " + r.path() + " in the working directory";
                return settings.confirmNewFiles() ? confirm(Risk.LOW, reason, r) : allow(reason, r);
            });
        };
    }

    private Ruling delete(Action.DeleteFile delete, PathResolver.Resolved r, Context context) {
        if (resolver.endsInLink(delete.path(), context)) {
            return new Ruling.Deny(PathResolver.absolute(delete.path(), context).normalize() + " is a symbolic link;"
                    + " removing links is not supported, and following it would delete " + r.path() + " instead",
                    Risk.LOW, List.of());
        }
        return placeRisk("deletes", r, context)
                .orElseGet(() -> confirm(Risk.MEDIUM, "deletes " + r.path() + " in the working directory", r));
    }

    /** System changes and changes outside the working directory, which outrank what the change is. */
    private Optional<Ruling> placeRisk(String verb, PathResolver.Resolved r, Context context) {
        if (isSystem(r.path())) {
            return Optional.of(confirm(Risk.CRITICAL, "changes the system: " + verb + " " + r.path(), r));
        }
        Optional<Path> workDir = resolver.resolve(context.workDir()) instanceof PathResolver.Resolved wd
                ? Optional.of(wd.path()) : Optional.empty();
        boolean inside = workDir.isPresent() && r.path().startsWith(workDir.get()) && !r.path().equals(workDir.get());
        if (!inside) {
            return Optional.of(confirm(Risk.HIGH, verb + " " + r.path() + ", outside the working directory "
                    + workDir.map(Path::toString).orElse(context.workDir().toString()), r));
        }
        return Optional.empty();
    }

    /** Case-folded like the path rules: on a case-folding mount {@code /ETC} is {@code /etc}. */
    static boolean isSystem(Path real) {
        if (real.getParent() == null || real.getParent().getParent() == null) {
            return true;
        }
        String p = real.toString().toLowerCase(Locale.ROOT);
        return SYSTEM_DIRS.stream().anyMatch(d -> p.equals(d) || p.startsWith(d + "/"));
    }

    private Ruling runCode(Action.RunCode run, Context context, Verdict verdict) {
        Path lexical = PathResolver.absolute(run.workDir(), context).normalize();
        Optional<Ruling> placeDenied = switch (resolver.resolve(run.workDir(), context)) {
            case PathResolver.Unresolvable u -> Optional.of(new Ruling.Deny("cannot check the code's working directory "
                    + lexical + ": " + u.why(), Risk.HIGH, List.of()));
            case PathResolver.Resolved r -> pathDenial(List.of(r.path(), lexical), context, false);
        };
        if (placeDenied.isPresent()) {
            return placeDenied.get();
        }
        if (verdict == null) {
            return new Ruling.Deny("the code was not checked by the validator", Risk.HIGH, List.of());
        }
        return switch (verdict.decision()) {
            case ALLOW -> new Ruling.Allow(verdict.risk(), "the validator found nothing that needs asking",
                    verdict.findings(), Optional.empty());
            case CONFIRM -> new Ruling.Confirm(verdict.risk(), summary(verdict), verdict.findings(), Optional.empty());
            case DENY -> new Ruling.Deny(summary(verdict), verdict.risk(), verdict.findings());
        };
    }

    private static String summary(Verdict verdict) {
        List<Finding> asking = verdict.findings().stream().filter(f -> f.decision() != Decision.ALLOW).toList();
        List<Finding> shown = asking.isEmpty() ? verdict.findings() : asking;
        if (shown.isEmpty()) {
            return "the validator's verdict is " + verdict.decision().wireName();
        }
        StringBuilder sb = new StringBuilder();
        for (Finding f : shown.subList(0, Math.min(SUMMARY_FINDINGS, shown.size()))) {
            sb.append(sb.isEmpty() ? "" : "; ").append("line ").append(f.line()).append(": ").append(f.message());
        }
        if (shown.size() > SUMMARY_FINDINGS) {
            sb.append(" (and ").append(shown.size() - SUMMARY_FINDINGS).append(" more)");
        }
        return sb.toString();
    }

    private Ruling denyCriticalWhenSet(Ruling ruling) {
        if (settings.denyCritical() && ruling instanceof Ruling.Confirm c && c.risk() == Risk.CRITICAL) {
            return new Ruling.Deny(c.reason() + "; critical actions are refused here (policy.deny_critical)",
                    Risk.CRITICAL, c.findings());
        }
        return ruling;
    }

    private static Ruling notRegular(PathResolver.Resolved r) {
        return new Ruling.Deny(r.path() + " is not a regular file (a device, pipe or socket)", Risk.MEDIUM, List.of());
    }

    private static Ruling allow(String reason, PathResolver.Resolved r) {
        return new Ruling.Allow(Risk.LOW, reason, List.of(), Optional.of(r.path()));
    }

    private static Ruling confirm(Risk risk, String reason, PathResolver.Resolved r) {
        return new Ruling.Confirm(risk, reason, List.of(), Optional.of(r.path()));
    }
}
