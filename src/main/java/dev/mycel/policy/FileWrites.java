package dev.mycel.policy;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges the paths python and javascript code opens, writes and deletes, known as text or as
 * a template with holes ({@code f"{home}/.ssh/id_rsa"}). Secrets are denied however they are
 * touched; startup files when written; other writes and deletes outside the working directory
 * and temporary directories are confirmed. A path whose start is unknown is not guessed at.
 */
final class FileWrites {

    static final Set<String> EVERYTHING = Set.of("/", "/*", "~", "~/*", "/home", "/home/*", "/Users", "/root",
            "/usr", "/etc", "/var", "/boot", "/bin", "/lib", "/opt", "$HOME", "${HOME}");

    private FileWrites() {
    }

    /** Any use of a path (open, list, stat, copy from): only secrets matter. */
    static void touch(Findings out, SyntaxNode at, CodeValue path) {
        for (CodeValue c : path.cases()) {
            if (kind(c).equals(Optional.of(SensitivePaths.Kind.CREDENTIAL))) {
                out.add(Rule.CREDENTIAL_READ, at, shown(c));
            }
        }
    }

    /** A path written, created, appended to or made the target of a copy, move or link. */
    static void write(Findings out, SyntaxNode at, CodeValue path) {
        for (CodeValue c : path.cases()) {
            String t = textOrTemplate(c);
            Optional<SensitivePaths.Kind> kind = kind(c);
            if (kind.isPresent() || t != null) {
                judge(out, at, t == null ? "" : t, c.has(CodeValue.Taint.TEMP), kind);
            }
        }
    }

    /** A write to a path known as text, as a shell redirection names it. */
    static void judge(Findings out, SyntaxNode at, String path, boolean temporary) {
        judge(out, at, path, temporary, kind(CodeValue.computed(path)));
    }

    private static void judge(Findings out, SyntaxNode at, String path, boolean temporary,
                              Optional<SensitivePaths.Kind> kind) {
        String shown = path.replace(CodeValue.HOLE, "…");
        if (kind.isPresent()) {
            switch (kind.get()) {
                case PERSISTENCE -> out.add(Rule.PERSISTENCE, at, "writes " + shown);
                case CREDENTIAL -> out.add(Rule.CREDENTIAL_READ, at, "writes " + shown);
                case SYSTEM -> out.add(Rule.WRITE_SYSTEM, at, shown);
            }
            return;
        }
        if (!temporary && SensitivePaths.isOutsideWorkdir(path)) {
            out.add(Rule.OVERWRITE_FILE, at, shown);
        }
    }

    /**
     * A path deleted. Temporary files and files the script wrote itself are its own to remove;
     * {@code key} is how the script spelled the path where its text is not known.
     */
    static void delete(Findings out, SyntaxNode at, CodeValue path, String key, ScriptFacts facts, boolean recursive) {
        for (CodeValue c : path.cases()) {
            String t = textOrTemplate(c);
            if (t != null && recursive && EVERYTHING.contains(SensitivePaths.normalise(t))) {
                out.add(Rule.DELETE_EVERYTHING, at, shown(c));
                return;
            }
            touch(out, at, c);
            boolean own = c.has(CodeValue.Taint.TEMP) || t != null && SensitivePaths.isTemporary(t)
                    || facts.madeByScript(c.known() ? c.text() : key);
            if (!own) {
                out.add(Rule.DELETE_FILES, at, at.text());
                return;
            }
        }
    }

    /** Files every python interpreter runs at start-up: .pth files and the customize modules. */
    private static final Pattern PYTHON_STARTUP = Pattern.compile(
            "(^|/)(usercustomize|sitecustomize)\\.py$|(site|dist)-packages/[^/]*\\.pth$|(^|/)\\.pythonrc(\\.py)?$");

    /** What the path is: its whole text or template, else one of the pieces it was joined from. */
    static Optional<SensitivePaths.Kind> kind(CodeValue c) {
        String t = textOrTemplate(c);
        if (t != null && PYTHON_STARTUP.matcher(t).find()) {
            return Optional.of(SensitivePaths.Kind.PERSISTENCE);
        }
        if (t != null) {
            Optional<SensitivePaths.Kind> whole = SensitivePaths.classify(t);
            if (whole.isPresent() || c.known()) {
                return whole;
            }
        }
        if (!c.has(CodeValue.Taint.PATH)) {
            return Optional.empty();
        }
        // joined at run time from pieces: ".ssh" or ".bashrc" names the place on its own
        for (String piece : c.parts()) {
            Optional<SensitivePaths.Kind> k = SensitivePaths.classifyPiece(piece);
            if (k.isPresent()) {
                return k;
            }
        }
        return Optional.empty();
    }

    private static String textOrTemplate(CodeValue c) {
        return c.known() ? c.text() : c.template();
    }

    private static String shown(CodeValue c) {
        String t = textOrTemplate(c);
        return t == null ? "" : t.replace(CodeValue.HOLE, "…");
    }
}
