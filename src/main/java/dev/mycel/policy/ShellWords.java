package dev.mycel.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands inside a shell string a python or javascript script runs, read from the bash
 * syntax tree as words, so {@link Commands} can judge them like an argument vector. Also judges
 * what only a whole shell line shows: a download or a decoder piped into an interpreter, and
 * redirections onto sockets or startup files.
 */
final class ShellWords {

    private final CodeValidator.Nested nested;
    private final Commands commands;
    private boolean downloads;
    private boolean decodes;
    private boolean runsCode;
    private boolean makesExecutable;

    ShellWords(CodeValidator.Nested nested, Commands commands) {
        this.nested = nested;
        this.commands = commands;
    }

    /** {@code script} is the text or template of {@code whole}; findings go on the line of {@code at}. */
    void judge(String script, CodeValue whole, SyntaxNode at) {
        // the bash rules report parse damage of this string themselves; here only the words matter
        SyntaxNode root = nested.parse(Language.BASH, script, new Findings(Language.BASH, 0));
        Findings out = commands.findings();
        root.walk(n -> {
            if (n.is("command")) {
                command(n, whole, at, out);
            } else if (n.is("file_redirect")) {
                redirect(n, at, out);
            }
        });
        if (downloads && (runsCode || makesExecutable)) {
            out.add(Rule.DOWNLOAD_EXEC, at, "downloads and runs: " + script);
        }
        if (decodes && runsCode) {
            out.add(Rule.DECODE_EXEC, at, "decodes and runs: " + script);
        }
    }

    private void command(SyntaxNode n, CodeValue whole, SyntaxNode at, Findings out) {
        List<CodeValue> words = words(n);
        if (words.isEmpty() || !words.getFirst().known()) {
            return;
        }
        String name = Commands.basename(words.getFirst().text());
        if (whole.assembles(name)) {
            out.add(Rule.ASSEMBLED_NAME, at, "command '" + name + "' built from pieces");
            return;
        }
        downloads |= Commands.DOWNLOADERS.contains(name);
        decodes |= Commands.decodes(words);
        runsCode |= Commands.runsCode(words);
        makesExecutable |= name.equals("chmod") && words.size() > 1 && FileCommands.addsExec(words.get(1).text());
        commands.judge(words, at);
    }

    private void redirect(SyntaxNode n, SyntaxNode at, Findings out) {
        String op = n.children().stream().filter(c -> !c.named()).map(SyntaxNode::text).findFirst().orElse("");
        boolean writes = op.contains(">");
        for (SyntaxNode d : n.all("destination")) {
            CodeValue w = word(d);
            if (w.known()) {
                commands.redirect(w.text(), writes, at);
            }
        }
    }

    /** The words of a simple command, variable assignments before it left out. */
    static List<CodeValue> words(SyntaxNode command) {
        List<CodeValue> out = new ArrayList<>();
        command.child("name").ifPresent(name -> out.add(word(name.namedChildren().isEmpty() ? name
                : name.namedChildren().getFirst())));
        for (SyntaxNode a : command.all("argument")) {
            out.add(word(a));
        }
        return out;
    }

    /** A word's text when it holds no expansion; an unknown value otherwise. */
    static CodeValue word(SyntaxNode w) {
        String text = literalText(w);
        if (text == null || text.contains(CodeValue.HOLE)) {
            return CodeValue.unknown();
        }
        return CodeValue.literal(text, false);
    }

    private static String literalText(SyntaxNode w) {
        return switch (w.type()) {
            case "word", "number" -> unquoteBackslashes(w.text());
            case "raw_string" -> w.text().length() >= 2 ? w.text().substring(1, w.text().length() - 1) : "";
            case "string" -> stringText(w);
            case "concatenation" -> concatenationText(w);
            default -> null;
        };
    }

    private static String stringText(SyntaxNode s) {
        StringBuilder b = new StringBuilder();
        for (SyntaxNode c : s.namedChildren()) {
            if (!c.is("string_content")) {
                return null;
            }
            b.append(c.text());
        }
        return b.toString();
    }

    private static String concatenationText(SyntaxNode c) {
        StringBuilder b = new StringBuilder();
        for (SyntaxNode part : c.namedChildren()) {
            String t = literalText(part);
            if (t == null) {
                return null;
            }
            b.append(t);
        }
        return b.toString();
    }

    private static String unquoteBackslashes(String s) {
        return s.indexOf('\\') < 0 ? s : s.replaceAll("\\\\(.)", "$1");
    }
}
