package dev.mycel.audit;

import java.util.Objects;

/**
 * What an action is, in the plain fields the audit log records: its {@code kind} ("run_code",
 * "read_file", "write_file", "delete_file", "list_dir", "show_surface", …), a one-line
 * {@code summary} for people, and where they apply the {@code language}, the code's digest
 * and the {@code path}. Absent parts are null and left out of the entry.
 *
 * <p>The code itself is never recorded, only its SHA-256 and length, so the log does not
 * copy whatever the code contains; anyone holding the code can still match it to the entry.
 */
public record ActionFacts(String kind, String summary, String language, CodeDigest code, String path) {

    public ActionFacts {
        FieldShapes.word("kind", kind);
        FieldShapes.text("summary", summary);
        if (language != null) {
            FieldShapes.word("language", language);
        }
        if (path != null) {
            FieldShapes.text("path", path);
        }
    }

    /** Code to run: the digest is computed here from the code, which is then not kept. */
    public static ActionFacts code(String language, String summary, String code) {
        return new ActionFacts("run_code", summary, Objects.requireNonNull(language, "language"),
                CodeDigest.of(code), null);
    }

    /** A file action ({@code kind} "read_file", "write_file", …) on {@code path}. */
    public static ActionFacts file(String kind, String summary, String path) {
        return new ActionFacts(kind, summary, null, null, Objects.requireNonNull(path, "path"));
    }
}
