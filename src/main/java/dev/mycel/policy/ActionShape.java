package dev.mycel.policy;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The "same kind of action" that a session-scoped approval covers: the same program with
 * arguments of the same pattern, in the same directory. Literal strings, numbers and paths
 * are abstracted, so {@code rm -f a.tmp} and {@code rm -f b.tmp} share a shape while
 * {@code rm -rf ~} does not share one with {@code ls}.
 */
public record ActionShape(String kind, String directory, String pattern) {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`");
    private static final Pattern PATHLIKE = Pattern.compile("(?<![\\w$])(?:~|\\.{1,2})?/[^\\s;|&)'\"]*|\\b[\\w.-]+/[\\w./-]*");
    /** A bare file name in shell code ({@code notes.txt}); its extension stays part of the shape. */
    private static final Pattern FILE_NAME = Pattern.compile("(?<![\\w$./-])[\\w-]+(\\.[A-Za-z0-9]{1,8})(?![\\w./-])");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\b");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    public static ActionShape of(Action action, Path workDir) {
        return switch (action) {
            case Action.RunCode run -> new ActionShape("run " + run.language().wireName(), run.workDir().toString(),
                    skeleton(run.language(), run.code()));
            case Action.ReadFile f -> file("read", f.path(), workDir);
            case Action.WriteFile f -> file(f.append() ? "append" : "write", f.path(), workDir);
            case Action.DeleteFile f -> file("delete", f.path(), workDir);
            case Action.ListDirectory f -> new ActionShape("list", workDir.resolve(f.path()).normalize().toString(), "");
            case Action.ShowSurface s -> new ActionShape("surface", "", "");
        };
    }

    static String skeleton(Language language, String code) {
        String s = QUOTED.matcher(code).replaceAll("S");
        s = PATHLIKE.matcher(s).replaceAll("P");
        if (language == Language.BASH) {
            s = FILE_NAME.matcher(s).replaceAll("F$1");
        }
        s = NUMBER.matcher(s).replaceAll("N");
        return SPACE.matcher(s.strip()).replaceAll(" ");
    }

    private static ActionShape file(String kind, Path path, Path workDir) {
        Path p = workDir.resolve(path).normalize();
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String pattern = dot > 0 ? "*" + name.substring(dot) : "*";
        return new ActionShape(kind, p.getParent() == null ? "/" : p.getParent().toString(), pattern);
    }
}
