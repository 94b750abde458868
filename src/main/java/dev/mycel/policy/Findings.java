package dev.mycel.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The findings of one check, in one language, collected while the rules walk the tree. */
final class Findings {

    private final Language language;
    private final int lineOffset;
    private final List<Finding> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** lineOffset moves nested code (bash -c '…', python -c '…') onto the caller's lines. */
    Findings(Language language, int lineOffset) {
        this.language = language;
        this.lineOffset = lineOffset;
    }

    Language language() {
        return language;
    }

    void add(Rule rule, SyntaxNode at) {
        add(rule, at, at.text());
    }

    void add(Rule rule, SyntaxNode at, String detail) {
        Finding f = rule.at(language, at.line() + lineOffset, firstLine(detail));
        addFinding(f);
    }

    void addAll(List<Finding> nested) {
        nested.forEach(this::addFinding);
    }

    /** Findings nested code reports at the line of the outer code that runs it. */
    int lineOf(SyntaxNode n) {
        return n.line() + lineOffset;
    }

    boolean has(Decision decision) {
        return list.stream().anyMatch(f -> f.decision() == decision);
    }

    List<Finding> list() {
        return List.copyOf(list);
    }

    private void addFinding(Finding f) {
        // one finding per rule and line is enough for a user; repeats are noise
        if (seen.add(f.rule() + "@" + f.line())) {
            list.add(f);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }
}
