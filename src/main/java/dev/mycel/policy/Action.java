package dev.mycel.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the AI proposes to do, judged by {@link PolicyEvaluator} before anything happens.
 * Paths are as requested (relative, {@code ~}, links and all); the evaluator resolves them.
 * {@link #describe()} says in plain words what will happen, for confirmation prompts.
 */
public sealed interface Action permits Action.FileAction, Action.RunCode, Action.ShowSurface {

    /** One sentence a user can answer yes or no to. */
    String describe();

    /** The actions {@link FileActions} performs itself; each names the one path it touches. */
    sealed interface FileAction extends Action permits ReadFile, WriteFile, DeleteFile, ListDirectory {
        Path path();
    }

    record RunCode(Language language, String code, Path workDir) implements Action {
        public RunCode {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(workDir, "workDir");
        }

        @Override
        public String describe() {
            long lines = code.lines().count();
            return "run a " + lines + "-line " + language.wireName() + " program in " + workDir;
        }
    }

    record ReadFile(Path path) implements FileAction {
        public ReadFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "read the file " + path;
        }
    }

    /** Replaces the file's content, or adds to its end when {@code append}; content is written as UTF-8. */
    record WriteFile(Path path, String content, boolean append) implements FileAction {
        public WriteFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }

        public long sizeBytes() {
            return content.getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public String describe() {
            return (append ? "append " + sizeBytes() + " bytes to " : "write " + sizeBytes() + " bytes to ") + path;
        }
    }

    record DeleteFile(Path path) implements FileAction {
        public DeleteFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "delete " + path;
        }
    }

    record ListDirectory(Path path) implements FileAction {
        public ListDirectory {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "list the directory " + path;
        }
    }

    record ShowSurface(String title, int htmlBytes) implements Action {
        public ShowSurface {
            Objects.requireNonNull(title, "title");
            if (htmlBytes < 0) {
                throw new IllegalArgumentException("htmlBytes must not be negative: " + htmlBytes);
            }
        }

        @Override
        public String describe() {
            return "show the page \"" + title + "\" (" + htmlBytes + " bytes of HTML) in a sandboxed frame";
        }
    }
}
