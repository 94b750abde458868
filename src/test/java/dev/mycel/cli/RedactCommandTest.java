package dev.mycel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code mycel redact} as a separate process against a real runtime, and the {@code redact} socket method behind it. */
class RedactCommandTest {
    private static final String TEXT = "Hi, I'm Dr. Emily Watson (emily.watson@example.com, +1 415-555-0132).\n"
            + "DB_PASSWORD=hunter2 and again emily.watson@example.com\n";
    private static final String REDACTED = "Hi, I'm Dr. [NAME_1] ([EMAIL_1], [PHONE_1]).\n"
            + "DB_PASSWORD=[SECRET_1] and again [EMAIL_1]\n";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @BeforeEach
    void start() throws Exception {
        rt.config("[privacy]\nphone_region = \"US\"\n").start();
    }

    @Test
    void a_file_is_printed_with_placeholders() throws Exception {
        Path file = Files.writeString(rt.root().resolve("note.txt"), TEXT);
        RuntimeHarness.CliResult r = rt.cli("redact", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.output()).isEqualTo(REDACTED);
    }

    @Test
    void standard_input_works_with_a_dash() throws Exception {
        RuntimeHarness.CliResult r = rt.cliWithInput("mail jane@example.com — Grüße, José\n", "redact", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.output()).isEqualTo("mail [EMAIL_1] — Grüße, José\n");
    }

    @Test
    void json_adds_each_findings_type_and_span() throws Exception {
        RuntimeHarness.CliResult r = rt.cliWithInput(TEXT, "redact", "-", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode v = new ObjectMapper().readTree(r.output());
        assertThat(v.path("text").asText()).isEqualTo(REDACTED);
        JsonNode first = v.path("findings").get(0);
        assertThat(first.path("type").asText()).isEqualTo("NAME");
        assertThat(TEXT.substring(first.path("start").asInt(), first.path("end").asInt())).isEqualTo("Emily Watson");
        assertThat(v.path("findings")).extracting(f -> f.path("type").asText())
                .containsExactly("NAME", "EMAIL", "PHONE", "SECRET", "EMAIL");
    }

    @Test
    void a_missing_file_is_a_usage_error() throws Exception {
        RuntimeHarness.CliResult r = rt.cli("redact", "/nonexistent/note.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.output()).contains("no such file");
    }

    @Test
    @Tag("T3")
    void T3_the_redact_method_needs_a_session_and_strict_params() throws Exception {
        RawClient anonymous = rt.client();
        JsonNode params = JsonNodeFactory.instance.objectNode().put("text", "jane@example.com");
        assertThat(RawClient.errorCode(anonymous.call("redact", params))).isEqualTo(-32001);
        RawClient c = rt.authedClient();
        assertThat(RawClient.errorCode(c.call("redact", JsonNodeFactory.instance.objectNode()))).isEqualTo(-32602);
        assertThat(RawClient.errorCode(c.call("redact", JsonNodeFactory.instance.objectNode().put("text", 5)))).isEqualTo(-32602);
        assertThat(RawClient.errorCode(c.call("redact", JsonNodeFactory.instance.objectNode().put("text", "x").put("extra", 1))))
                .isEqualTo(-32602);
        JsonNode ok = c.call("redact", params);
        assertThat(ok.path("result").path("text").asText()).isEqualTo("[EMAIL_1]");
    }

    @Test
    @Tag("T5")
    void T5_the_runtime_log_never_holds_the_redacted_values() throws Exception {
        rt.cliWithInput(TEXT, "redact", "-", "--json");
        assertThat(rt.log()).doesNotContain("hunter2", "emily.watson", "415-555-0132");
    }
}
