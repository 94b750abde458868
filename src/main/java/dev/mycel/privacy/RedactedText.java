package dev.mycel.privacy;

import java.util.List;

/** The one {@link Redacted}: the placeholder text, the spans it replaced, and the session that can undo it. */
record RedactedText(String text, List<Span> findings, Pseudonyms session) implements Redacted {

    RedactedText {
        findings = List.copyOf(findings);
    }

    @Override
    public String restore(String modelOutput) {
        return session.restore(modelOutput);
    }

    @Override
    public String restoreJson(String json) {
        return session.restoreJson(json);
    }

    /** The redacted text and the spans only: safe to log. */
    @Override
    public String toString() {
        return "Redacted[" + findings.size() + " findings: " + text + "]";
    }
}
