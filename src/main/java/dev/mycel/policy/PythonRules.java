package dev.mycel.policy;

/** The python rules; not written yet. */
final class PythonRules {
    private final CodeValidator.Nested nested;

    PythonRules(CodeValidator.Nested nested) {
        this.nested = nested;
    }

    void judge(SyntaxNode root, Findings out, int depth) {
    }
}
