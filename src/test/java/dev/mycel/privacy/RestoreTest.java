package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Placeholders in model output and tool-call arguments turn back into the real values, exactly and only where exact. */
class RestoreTest {
    private final Redactor redactor = new Redactor();

    @Test
    void redact_then_restore_gives_the_original_back() {
        String original = "Dear Ms. Garcia, your card 4111 1111 1111 1111 and IBAN DE89 3704 0044 0532 0130 00 are on file; "
                + "we will call +1 415-555-0132 or write to maria.garcia@example.com. DOB: 1985-03-12. password=S3cr3t!";
        Redacted r = redactor.redact(original, new Pseudonyms());
        assertThat(r.text()).doesNotContain("Garcia", "4111", "DE89", "415-555", "maria", "1985", "S3cr3t");
        assertThat(r.restore(r.text())).isEqualTo(original);
    }

    @Test
    void model_output_is_restored_wherever_the_placeholders_went() {
        Redacted r = redactor.redact("Email jane@example.com about invoice 42.", new Pseudonyms());
        assertThat(r.restore("Sure - I drafted a note to [EMAIL_1]; [EMAIL_1] will get it today."))
                .isEqualTo("Sure - I drafted a note to jane@example.com; jane@example.com will get it today.");
    }

    @Test
    void placeholders_inside_json_tool_arguments_are_restored_with_json_escaping() throws Exception {
        Redacted r = redactor.redact("password = \"p\\\"a\\\\ss\" and mail bob@example.com", new Pseudonyms());
        String args = "{\"to\": \"[EMAIL_1]\", \"body\": \"your password is [SECRET_1]\"}";
        JsonNode restored = new ObjectMapper().readTree(r.restoreJson(args));
        assertThat(restored.path("to").asText()).isEqualTo("bob@example.com");
        assertThat(restored.path("body").asText()).isEqualTo("your password is p\\\"a\\\\ss");
    }

    @Test
    void restore_sees_a_json_document_and_escapes_only_inside_its_strings() throws Exception {
        Redacted r = redactor.redact("Name: Ann Lee, password = 'a\"b' mail ann@example.com", new Pseudonyms());
        assertThat(r.text()).isEqualTo("Name: [NAME_1], password = '[SECRET_1]' mail [EMAIL_1]");
        String args = "{\"to\": [\"[EMAIL_1]\"], \"note\": \"for [NAME_1]: [SECRET_1]\", \"n\": 1}";
        JsonNode restored = new ObjectMapper().readTree(r.restore(args));
        assertThat(restored.path("to").get(0).asText()).isEqualTo("ann@example.com");
        assertThat(restored.path("note").asText()).isEqualTo("for Ann Lee: a\"b");
        assertThat(r.restore("plain: [SECRET_1]")).isEqualTo("plain: a\"b");
        assertThat(r.restore("[EMAIL_1]")).isEqualTo("ann@example.com");
    }

    @Test
    void unknown_and_mangled_placeholders_are_left_alone() {
        Redacted r = redactor.redact("jane@example.com", new Pseudonyms());
        String output = "EMAIL_1 [email_1] [EMAIL 1] [EMAIL_01] [EMAIL_2] [PHONE_1] [FOO_1] [EMAIL_1";
        assertThat(r.restore(output)).isEqualTo(output);
        assertThat(r.restore("[[EMAIL_1]]")).isEqualTo("[jane@example.com]");
    }

    @Test
    void restoring_text_without_placeholders_returns_it_unchanged() {
        Redacted r = redactor.redact("nothing here", new Pseudonyms());
        assertThat(r.text()).isEqualTo("nothing here");
        assertThat(r.findings()).isEmpty();
        assertThat(r.restore("[x] [] [_1] plain")).isEqualTo("[x] [] [_1] plain");
    }

    @Test
    void placeholder_shape() {
        assertThat(Restorer.isPlaceholder("[API_KEY_12]")).isTrue();
        assertThat(Restorer.isPlaceholder("[DOB_1]")).isTrue();
        assertThat(Restorer.isPlaceholder("[API_KEY]")).isFalse();
        assertThat(Restorer.isPlaceholder("[NOPE_1]")).isFalse();
    }
}
