package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * T5 (and boundary 3): what leaves the machine has passed the privacy layer. Each test redacts a
 * realistic mixed document through the real {@link Redactor} and checks that not one labelled
 * value — names, contacts, cards, keys, passwords — is left in what would be sent, while the
 * placeholders still restore the original locally.
 */
@Tag("T5")
class T5_NoPiiSurvivesTest {
    private final Redactor redactor = new Redactor();

    @Test
    void T5_an_email_thread_with_payment_details_leaks_nothing() {
        assertLeaksNothing("email-thread.txt");
    }

    @Test
    void T5_an_application_log_leaks_no_user_token_card_or_address() {
        assertLeaksNothing("app.log");
    }

    @Test
    void T5_config_files_leak_no_credentials() {
        assertLeaksNothing("settings.env");
        assertLeaksNothing("settings.yaml");
    }

    @Test
    void T5_source_code_leaks_no_hard_coded_secret() {
        assertLeaksNothing("billing.py");
    }

    @Test
    void T5_a_customer_export_leaks_no_row() {
        assertLeaksNothing("customers.csv");
    }

    @Test
    void T5_a_support_chat_leaks_no_identity() {
        assertLeaksNothing("support-chat.txt");
    }

    @Test
    void T5_an_incident_report_leaks_no_key_material() {
        assertLeaksNothing("incident.md");
    }

    @Test
    void T5_ordinary_text_passes_unchanged() {
        LabelledCorpus.Document doc = LabelledCorpus.load("ordinary.txt");
        Redacted r = redactor.redact(doc.text(), new Pseudonyms());
        assertThat(r.findings()).isEmpty();
        assertThat(r.text()).isEqualTo(doc.text());
    }

    @Test
    void T5_one_session_across_documents_keeps_each_person_one_placeholder() {
        Pseudonyms session = new Pseudonyms();
        String first = redactor.redact(LabelledCorpus.load("email-thread.txt").text(), session).text();
        String second = redactor.redact("Follow up with t.becker@contoso.example", session).text();
        assertThat(first).contains("[EMAIL_2]");
        assertThat(second).isEqualTo("Follow up with [EMAIL_2]");
    }

    private void assertLeaksNothing(String name) {
        LabelledCorpus.Document doc = LabelledCorpus.load(name);
        Redacted r = redactor.redact(doc.text(), new Pseudonyms());
        List<String> values = doc.labels().stream().map(doc::value).toList();
        assertThat(values).as("the document has PII to leak").isNotEmpty();
        for (String value : values) {
            assertThat(r.text()).as("%s must not contain «%s»", name, value).doesNotContain(value);
        }
        assertThat(r.restore(r.text())).isEqualTo(doc.text());
    }
}
