package dev.mycel.policy;

/** The bash rules; not written yet. */
final class BashRules {
    private final CodeValidator.Nested nested;

    BashRules(CodeValidator.Nested nested) {
        this.nested = nested;
    }

    void judge(SyntaxNode root, Findings out, int depth) {
    }
}
