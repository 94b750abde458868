package dev.mycel.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The small labelled corpus in {@code src/test/resources/privacy}: realistic documents with each
 * piece of PII written as {@code ⟦TYPE:value⟧}. {@link #load} strips the labels and keeps the spans.
 */
final class LabelledCorpus {
    static final List<String> DOCUMENTS = List.of("email-thread.txt", "app.log", "settings.env", "settings.yaml",
            "billing.py", "customers.csv", "support-chat.txt", "incident.md", "ordinary.txt");

    private LabelledCorpus() {
    }

    /** A document without its labels, and the labelled spans. */
    record Document(String name, String text, List<Span> labels) {
        String value(Span s) {
            return text.substring(s.start(), s.end());
        }
    }

    static Document load(String name) {
        String marked = read(name);
        StringBuilder text = new StringBuilder();
        List<Span> labels = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf('⟦', i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            text.append(marked, i, open);
            int colon = marked.indexOf(':', open);
            int close = marked.indexOf('⟧', colon);
            PiiType type = PiiType.valueOf(marked.substring(open + 1, colon));
            int start = text.length();
            text.append(marked, colon + 1, close);
            labels.add(new Span(type, start, text.length()));
            i = close + 1;
        }
        return new Document(name, text.toString(), labels);
    }

    private static String read(String name) {
        try (InputStream in = LabelledCorpus.class.getResourceAsStream("/privacy/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
