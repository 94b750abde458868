package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scores the detector on the labelled documents: a finding counts only when its type and span
 * match a label exactly. A regression guard on realistic text, not a claim about unseen text.
 */
class LabelledCorpusTest {

    @Test
    void every_labelled_document_is_found_exactly() {
        int labels = 0;
        int found = 0;
        int right = 0;
        StringBuilder report = new StringBuilder();
        for (String name : LabelledCorpus.DOCUMENTS) {
            LabelledCorpus.Document doc = LabelledCorpus.load(name);
            List<Span> findings = Marked.REDACTOR.findings(doc.text());
            Set<Span> expected = new HashSet<>(doc.labels());
            int hits = 0;
            for (Span s : findings) {
                if (expected.contains(s)) {
                    hits++;
                } else {
                    report.append(String.format("%n  %s: unexpected %s «%s»", name, s.type(), doc.value(s)));
                }
            }
            for (Span s : doc.labels()) {
                if (!findings.contains(s)) {
                    report.append(String.format("%n  %s: missed %s «%s»", name, s.type(), doc.value(s)));
                }
            }
            labels += doc.labels().size();
            found += findings.size();
            right += hits;
        }
        System.out.printf("labelled corpus: %d labels, %d findings, %d exact (precision %.3f, recall %.3f)%s%n",
                labels, found, right, right / (double) found, right / (double) labels, report);
        assertThat(report.toString()).as("differences from the labels").isEmpty();
    }
}
