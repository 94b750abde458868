package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Test texts with the expected findings marked in place: {@code "call ⟦415-555-0132⟧ now"}.
 * {@link #finds} checks that exactly the marked values are found, with the given type, and
 * nothing else; {@link #clean} that a text has no findings at all.
 */
final class Marked {
    static final Redactor REDACTOR = new Redactor();
    private static final char OPEN = '⟦';
    private static final char CLOSE = '⟧';

    private Marked() {
    }

    /** The text without markers and the spans the markers enclosed. */
    record Parsed(String text, List<Span> spans) {
    }

    static Parsed parse(PiiType type, String marked) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                open = text.length();
            } else if (c == CLOSE) {
                spans.add(new Span(type, open, text.length()));
            } else {
                text.append(c);
            }
        }
        return new Parsed(text.toString(), spans);
    }

    /** Exactly the marked values are found, each as {@code type}. */
    static void finds(PiiType type, String marked) {
        Parsed p = parse(type, marked);
        assertThat(show(p.text(), REDACTOR.findings(p.text()))).as(p.text()).isEqualTo(show(p.text(), p.spans()));
    }

    /** Nothing at all is found. */
    static void clean(String text) {
        assertThat(show(text, REDACTOR.findings(text))).as(text).isEmpty();
    }

    /** Findings as readable {@code TYPE «value»} lines, so a failure shows what was found where. */
    static List<String> show(String text, List<Span> spans) {
        List<String> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(s.type() + " «" + text.substring(s.start(), s.end()) + "» @" + s.start());
        }
        return out;
    }

    /** The values found with type {@code type}. */
    static List<String> values(PiiType type, String text) {
        List<String> out = new ArrayList<>();
        for (Span s : REDACTOR.findings(text)) {
            if (s.type() == type) {
                out.add(text.substring(s.start(), s.end()));
            }
        }
        return out;
    }
}
