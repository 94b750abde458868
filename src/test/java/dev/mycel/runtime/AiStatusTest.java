package dev.mycel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.ai.FakeOllama;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code status} reports each AI provider: configured with what, reachable or why not; never a key. */
class AiStatusTest {
    private static final String KEY = "sk-ant-api03-STATUSKEY-must-not-show";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private JsonNode provider() throws Exception {
        rt.start();
        RawClient c = rt.authedClient();
        JsonNode status = c.call("status");
        assertThat(status.toString()).doesNotContain(KEY);
        return status.path("result").path("provider");
    }

    @Test
    void withNothingConfiguredItSaysNoneAndHowToConfigure() throws Exception {
        JsonNode p = provider();
        assertThat(p.path("mode").asText()).isEqualTo("auto");
        assertThat(p.path("configured").asText()).isEqualTo("none");
        assertThat(p.path("reachable").asBoolean()).isFalse();
        assertThat(p.path("ollama").path("howTo").asText()).contains("ollama_model");
        assertThat(p.path("anthropic").path("howTo").asText()).contains("ANTHROPIC_API_KEY");
        assertThat(p.path("openai").path("configured").asBoolean()).isFalse();
    }

    @Test
    void configuredProvidersAreProbedAndShownWithTheKeySourceOnly() throws Exception {
        try (FakeOllama ollama = new FakeOllama().tags("llama3.2:latest"); FakeAnthropic anthropic = new FakeAnthropic().models()) {
            Path keyFile = keyFile("rw-------");
            rt.config("[ai]\nollama_url = \"" + ollama.base() + "\"\nollama_model = \"llama3.2\"\n"
                    + "anthropic_url = \"" + anthropic.base() + "\"\nanthropic_key_file = \"" + keyFile + "\"\n");
            JsonNode p = provider();
            assertThat(p.path("configured").asText()).isEqualTo("ollama, anthropic");
            assertThat(p.path("reachable").asBoolean()).isTrue();
            JsonNode o = p.path("ollama");
            assertThat(o.path("configured").asBoolean()).isTrue();
            assertThat(o.path("placement").asText()).isEqualTo("local");
            assertThat(o.path("model").asText()).isEqualTo("llama3.2");
            assertThat(o.path("reachable").asBoolean()).isTrue();
            JsonNode a = p.path("anthropic");
            assertThat(a.path("placement").asText()).isEqualTo("cloud");
            assertThat(a.path("key").asText()).isEqualTo("file " + keyFile);
            assertThat(a.path("reachable").asBoolean()).isTrue();
            assertThat(anthropic.server.requests("/v1/models")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.header("x-api-key")).isEqualTo(KEY));
        }
        assertThat(rt.log()).doesNotContain(KEY);
    }

    @Test
    void aDownLocalServerIsShownUnreachableWithTheReason() throws Exception {
        rt.config("[ai]\nollama_url = \"http://127.0.0.1:9\"\nollama_model = \"llama3.2\"\n");
        JsonNode o = provider().path("ollama");
        assertThat(o.path("configured").asBoolean()).isTrue();
        assertThat(o.path("reachable").asBoolean()).isFalse();
        assertThat(o.path("detail").asText()).startsWith("cannot connect to Ollama");
    }

    @Test
    void aKeyFileOthersCanReadIsShownAsTheProblem() throws Exception {
        Path keyFile = keyFile("rw-r--r--");
        rt.config("[ai]\nanthropic_key_file = \"" + keyFile + "\"\n");
        JsonNode a = provider().path("anthropic");
        assertThat(a.path("configured").asBoolean()).isFalse();
        assertThat(a.path("problem").asText()).contains("chmod 600 " + keyFile);
    }

    private Path keyFile(String mode) throws Exception {
        Path f = rt.root().resolve("anthropic.key");
        Files.writeString(f, KEY + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }
}
