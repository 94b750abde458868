package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Programs that python or javascript code starts: an argument vector ({@code subprocess.run([...])},
 * {@code spawn(...)}) or a string handed to a shell ({@code os.system}, {@code exec}). A literal
 * shell string is judged by the bash rules as nested code; on top of that, every command in it
 * and every argument vector is read word by word here, because what the script starts (sudo, a
 * package manager, a shell on a socket) is what the script does.
 *
 * <p>Names that only exist at run time (decoded, downloaded, assembled from pieces, escaped) are
 * hiding what is started and are denied; a command built from the script's own input is
 * {@link Rule#DYNAMIC_SHELL}, to confirm.
 */
final class Launches {

    /** Variables that name code some later program will load or run. */
    static final Set<String> CODE_VARIABLES = Set.of("PYTHONBREAKPOINT", "PYTHONSTARTUP", "PYTHONINSPECT",
            "LD_PRELOAD", "LD_AUDIT", "DYLD_INSERT_LIBRARIES", "NODE_OPTIONS", "BASH_ENV", "ENV", "PERL5OPT",
            "RUBYOPT", "PROMPT_COMMAND", "GIT_SSH_COMMAND", "GIT_EXTERNAL_DIFF");
    /** bash -c "python -c '…'" is legitimate twice; further down it is a game. */
    private static final int MAX_LEVEL = 4;

    private final CodeValidator.Nested nested;
    private final Findings out;
    private final int depth;
    private final Commands commands;
    private final ScriptFacts facts;
    private int level;

    Launches(CodeValidator.Nested nested, Findings out, int depth, ScriptFacts facts) {
        this.nested = nested;
        this.out = out;
        this.depth = depth;
        this.commands = new Commands(this, out, facts);
        this.facts = facts;
    }

    /** A program started with its arguments, no shell in between. */
    void argv(CodeValue program, List<CodeValue> args, SyntaxNode at) {
        for (CodeValue p : program.cases()) {
            if (plainName(p, at, "program")) {
                List<CodeValue> words = new ArrayList<>();
                words.add(p);
                words.addAll(args);
                commands.judge(words, at);
            }
        }
    }

    /** A whole argument vector as one value (a list literal, a variable holding one, several of them). */
    void argv(CodeValue vector, SyntaxNode at) {
        for (CodeValue v : vector.cases()) {
            if (v.items() == null || v.items().isEmpty()) {
                plainName(v, at, "program");
                continue;
            }
            argv(v.items().getFirst(), v.items().subList(1, v.items().size()), at);
        }
    }

    /** A string run by /bin/sh. */
    void shell(CodeValue command, SyntaxNode at) {
        if (level >= MAX_LEVEL) {
            out.add(Rule.TOO_COMPLEX, at, "shell commands nested " + level + " levels deep");
            return;
        }
        level++;
        try {
            for (CodeValue c : command.cases()) {
                shellCase(c, at);
            }
        } finally {
            level--;
        }
    }

    private void shellCase(CodeValue c, SyntaxNode at) {
        if (hiddenSource(c, at, "shell command")) {
            return;
        }
        if (c.known()) {
            out.addAll(nested.judge(Language.BASH, c.text(), out.lineOf(at) - 1, depth + 1));
            new ShellWords(nested, commands).judge(c.text(), c, at);
            return;
        }
        if (c.template() != null && !c.template().equals(CodeValue.HOLE)) {
            new ShellWords(nested, commands).judge(c.template(), c, at);
        }
        if (!c.external()) {
            out.add(Rule.ASSEMBLED_NAME, at, "shell command computed from pieces: " + shown(c));
        } else {
            out.add(Rule.DYNAMIC_SHELL, at, shown(c));
        }
    }

    /**
     * Code handed to an interpreter: exec/eval, Function, python -c, node -e. A plain literal is
     * code anyone can read, so it is judged like the rest of the script ({@code eval("2 + 3")}
     * passes); code assembled from pieces or only known at run time cannot be checked and is denied.
     */
    void code(Language language, CodeValue code, SyntaxNode at) {
        for (CodeValue c : code.cases()) {
            if (c.function() != null) {
                continue; // timeit(fn), Timer(fn): a function, not text to compile
            }
            if (hiddenSource(c, at, "code")) {
                continue;
            }
            if (!c.known()) {
                out.add(Rule.DYNAMIC_CODE, at, (c.external() ? "code only known at run time: "
                        : "code computed from pieces: ") + at.text());
                continue;
            }
            boolean plain = c.parts().size() == 1 && c.parts().getFirst().equals(c.text());
            if (!plain) {
                out.add(Rule.DYNAMIC_CODE, at, "code assembled from pieces: " + c.text());
            }
            out.addAll(nested.judge(language, c.text(), out.lineOf(at) - 1, depth + 1));
        }
    }

    /**
     * Reports a name (program, module, attribute) that is hidden, and says whether it is a
     * plain readable text the caller can judge further.
     */
    boolean plainName(CodeValue v, SyntaxNode at, String what) {
        if (hiddenSource(v, at, what)) {
            return false;
        }
        if (!v.known()) {
            if (facts.anyDownloadWritten()) {
                out.add(Rule.DOWNLOAD_EXEC, at, what + " only known at run time, in a script that saves a download");
            } else if (!v.external()) {
                out.add(Rule.ASSEMBLED_NAME, at, what + " name computed from pieces");
            } else {
                out.add(Rule.DYNAMIC_SHELL, at, what + " only known at run time: " + at.text());
            }
            return false;
        }
        String name = Commands.basename(v.text());
        if (v.assembles(name)) {
            out.add(Rule.ASSEMBLED_NAME, at, what + " '" + name + "' built from pieces");
            return false;
        }
        return true;
    }

    /** Decoded, downloaded, socket-fed or escaped text used as a command or name. */
    boolean hiddenSource(CodeValue v, SyntaxNode at, String what) {
        if (v.has(CodeValue.Taint.SOCKET)) {
            out.add(Rule.REVERSE_SHELL, at, what + " read from a network socket");
        } else if (v.has(CodeValue.Taint.DOWNLOADED)) {
            out.add(Rule.DOWNLOAD_EXEC, at, what + " downloaded at run time");
        } else if (v.has(CodeValue.Taint.DECODED)) {
            out.add(Rule.DECODE_EXEC, at, what + " decoded at run time");
        } else if (v.escaped()) {
            out.add(Rule.ESCAPED_TEXT, at, what + " spelled with escapes: " + shown(v));
        } else {
            return false;
        }
        return true;
    }

    private static String shown(CodeValue v) {
        return v.known() ? v.text() : v.template() == null ? "" : v.template().replace(CodeValue.HOLE, "…");
    }
}
