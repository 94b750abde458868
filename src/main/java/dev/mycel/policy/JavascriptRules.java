package dev.mycel.policy;

/** The javascript rules; not written yet. */
final class JavascriptRules {
    private final CodeValidator.Nested nested;

    JavascriptRules(CodeValidator.Nested nested) {
        this.nested = nested;
    }

    void judge(SyntaxNode root, Findings out, int depth) {
    }
}
