package dev.mycel.policy;

import java.util.List;
import java.util.Set;

/**
 * Commands that change files, started by a python or javascript script: rm and its kin,
 * chmod (setuid bits, whole trees, a download made executable), chown, find -delete.
 * Removing temporary files or files the script wrote itself is tidying up, not deleting.
 */
final class FileCommands {

    private static final Set<String> DELETERS = Set.of("rm", "rmdir", "unlink", "shred", "srm", "trash", "trash-put");

    private final Findings out;
    private final ScriptFacts facts;

    FileCommands(Findings out, ScriptFacts facts) {
        this.out = out;
        this.facts = facts;
    }

    /** Judges {@code name args} if it is a file command; false when it is some other program. */
    boolean judge(String name, List<CodeValue> args, SyntaxNode at) {
        if (DELETERS.contains(name)) {
            delete(args, name.equals("rm") && recursive(args), at);
        } else if (name.equals("chmod")) {
            permissions(args, at);
        } else if (name.equals("chown") || name.equals("chgrp")) {
            if (recursive(args)) {
                out.add(Rule.RECURSIVE_PERMISSIONS, at, name + " " + Commands.texts(args));
            }
        } else if (name.equals("find")) {
            if (Commands.has(args, "-delete") || Commands.indexOf(args, "-exec") >= 0
                    && args.stream().anyMatch(a -> "rm".equals(a.text()))) {
                out.add(Rule.DELETE_FILES, at, "find " + Commands.texts(args));
            }
        } else {
            return false;
        }
        return true;
    }

    private void delete(List<CodeValue> args, boolean recursive, SyntaxNode at) {
        boolean any = false;
        for (CodeValue a : args) {
            String p = a.text();
            if (p != null && p.startsWith("-") && !p.equals("-")) {
                continue;
            }
            if (p != null && recursive && FileWrites.EVERYTHING.contains(SensitivePaths.normalise(p))) {
                out.add(Rule.DELETE_EVERYTHING, at, "rm " + Commands.texts(args));
                return;
            }
            any |= p == null || !SensitivePaths.isTemporary(p) && !facts.madeByScript(p);
        }
        if (any) {
            out.add(Rule.DELETE_FILES, at, "rm " + Commands.texts(args));
        }
    }

    private void permissions(List<CodeValue> args, SyntaxNode at) {
        List<CodeValue> rest = args.stream().filter(a -> a.text() == null || !a.text().startsWith("-")
                || a.text().matches("-[rwxXst]+")).toList();
        String mode = rest.isEmpty() ? null : rest.getFirst().text();
        if (ShellVocabulary.setsSetuid(mode)) {
            out.add(Rule.SETUID, at, "chmod " + Commands.texts(args));
        }
        if (recursive(args)) {
            out.add(Rule.RECURSIVE_PERMISSIONS, at, "chmod " + Commands.texts(args));
        }
        if (ShellVocabulary.addsExec(mode) && rest.stream().skip(1).anyMatch(a -> facts.isDownload(a.text()))) {
            out.add(Rule.DOWNLOAD_EXEC, at, "makes the file it downloaded executable");
        }
    }

    static boolean recursive(List<CodeValue> args) {
        return args.stream().map(CodeValue::text).anyMatch(w -> w != null
                && (w.equals("--recursive") || w.matches("-[a-zA-Z]*[rR][a-zA-Z]*")));
    }

}
