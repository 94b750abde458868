package dev.mycel.policy;

import java.util.List;
import java.util.Objects;

/**
 * Judges code before it runs: parses it with tree-sitter and lets the language's rules
 * judge the syntax tree, never the raw text, so quoting and spacing tricks do not change
 * what is seen. The verdict is the strictest of all findings; code that cannot be parsed is
 * never a free pass.
 *
 * <p>Thread-safe: {@link SyntaxTrees} pools its parsers.
 */
public final class CodeValidator {

    /** bash -c 'python -c "…"' nests languages; past this an attacker is playing games. */
    private static final int MAX_NESTING = 4;

    private final SyntaxTrees trees = new SyntaxTrees();

    /** The verdict on {@code code} written in {@code language}; never throws for any input text. */
    public Verdict check(Language language, String code) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
        try {
            return Verdict.of(judge(language, code, 0, 0));
        } catch (StackOverflowError e) {
            // a rule recursing without end is a bug, but the answer must still be a refusal, never a crash
            return Verdict.of(List.of(Rule.TOO_COMPLEX.at(language, 1, "the code could not be checked to the end")));
        }
    }

    /** Code found inside other code (a bash -c string, a python -c argument, a heredoc fed to an interpreter). */
    interface Nested {
        /** The whole judgement of nested code in another language, its findings on the caller's lines. */
        List<Finding> judge(Language language, String code, int lineOffset, int depth);

        /** Only the tree, for rules that judge nested code of their own language with what they already know. */
        SyntaxNode parse(Language language, String code, Findings out);
    }

    private final Nested nested = new Nested() {
        @Override
        public List<Finding> judge(Language language, String code, int lineOffset, int depth) {
            return CodeValidator.this.judge(language, code, lineOffset, depth);
        }

        @Override
        public SyntaxNode parse(Language language, String code, Findings out) {
            SyntaxNode root = CodeValidator.this.parse(language, code, out);
            ParseDamage.judge(root, out);
            return root;
        }
    };

    private final BashRules bash = new BashRules(nested);
    private final PythonRules python = new PythonRules(nested);
    private final JavascriptRules javascript = new JavascriptRules(nested);

    private List<Finding> judge(Language language, String code, int lineOffset, int depth) {
        Findings out = new Findings(language, lineOffset);
        SyntaxNode root = parse(language, code, out);
        if (depth > MAX_NESTING) {
            out.add(Rule.TOO_COMPLEX, root, "code nested inside code " + depth + " levels deep");
            return out.list();
        }
        ParseDamage.judge(root, out);
        switch (language) {
            case BASH -> bash.judge(root, out, depth);
            case PYTHON -> python.judge(root, out, depth);
            case JAVASCRIPT -> javascript.judge(root, out, depth);
        }
        return out.list();
    }

    private SyntaxNode parse(Language language, String code, Findings out) {
        SyntaxTrees.Parsed parsed = trees.parse(language, code);
        if (parsed.tooDeep()) {
            out.add(Rule.TOO_COMPLEX, parsed.root(), "more than " + SyntaxTrees.MAX_DEPTH + " levels of nesting");
        }
        return parsed.root();
    }
}
