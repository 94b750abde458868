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
        downloads |= ShellVocabulary.FETCHERS.contains(name);
        decodes |= ShellVocabulary.decodes(name, Commands.words(words.subList(1, words.size())));
        runsCode |= Commands.runsCode(words);
        makesExecutable |= name.equals("chmod") && words.size() > 1 && ShellVocabulary.addsExec(words.get(1).text());
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
        return ShellText.literal(w).filter(text -> !text.contains(CodeValue.HOLE))
                .map(text -> CodeValue.literal(text, false)).orElseGet(CodeValue::unknown);
    }
}
