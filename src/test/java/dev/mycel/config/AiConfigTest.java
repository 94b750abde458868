package dev.mycel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code [ai]} section. */
class AiConfigTest {
    @TempDir
    Path tmp;

    private AiSettings load(String toml) throws IOException {
        Path config = tmp.resolve("config.toml");
        Files.writeString(config, toml);
        return ConfigLoader.load(new Places(tmp.resolve("run"), tmp.resolve("data"), config, tmp.resolve("home"))).ai();
    }

    @Test
    void defaultsAreAutoWithNothingButTheUrls() throws IOException {
        assertThat(load("")).isEqualTo(AiSettings.defaults());
        assertThat(AiSettings.defaults().anthropicUrl()).isEqualTo(URI.create("https://api.anthropic.com"));
        assertThat(AiSettings.defaults().ollamaUrl()).isEqualTo(URI.create("http://127.0.0.1:11434"));
    }

    @Test
    void everyKeyIsRead() throws IOException {
        AiSettings s = load("""
                [ai]
                provider = "local"
                anthropic_model = "claude-opus-4-1"
                anthropic_url = "https://gateway.example.com/anthropic"
                anthropic_key_file = "~/.config/mycel/secrets/anthropic.key"
                ollama_url = "http://127.0.0.1:11500"
                ollama_model = "qwen2.5:7b"
                openai_url = "https://api.example.com"
                openai_model = "gpt-4o-mini"
                openai_key_env = "OPENAI_API_KEY"
                timeout_seconds = 20
                max_retries = 4
                """);
        assertThat(s).isEqualTo(new AiSettings(AiSettings.Mode.LOCAL, "claude-opus-4-1",
                URI.create("https://gateway.example.com/anthropic"),
                Optional.of(tmp.resolve("home/.config/mycel/secrets/anthropic.key")), URI.create("http://127.0.0.1:11500"),
                Optional.of("qwen2.5:7b"), Optional.of(URI.create("https://api.example.com")), Optional.of("gpt-4o-mini"),
                Optional.of("OPENAI_API_KEY"), Duration.ofSeconds(20), 4));
    }

    @Test
    void typosAndBadValuesAreOneLineErrors() {
        assertThatThrownBy(() -> load("[ai]\nprovder = \"auto\"\n")).isInstanceOf(ConfigException.class).hasMessageContaining("ai.provder");
        assertThatThrownBy(() -> load("[ai]\nprovider = \"anthropic\"\n")).hasMessageContaining("one of auto, offline, local, cloud");
        assertThatThrownBy(() -> load("[ai]\ntimeout_seconds = 0\n")).hasMessageContaining("ai.timeout_seconds");
        assertThatThrownBy(() -> load("[ai]\nmax_retries = 11\n")).hasMessageContaining("ai.max_retries");
        assertThatThrownBy(() -> load("[ai]\nollama_url = \"ftp://x\"\n")).hasMessageContaining("expected http://host");
        assertThatThrownBy(() -> load("[ai]\nopenai_url = \"http://127.0.0.1:8080\"\n")).hasMessageContaining("set both or neither");
        assertThatThrownBy(() -> load("[ai]\nanthropic_key_file = \"keys/a.key\"\n")).hasMessageContaining("absolute path");
        assertThatThrownBy(() -> load("[ai]\nopenai_key_env = \"sk-abc-123\"\n")).hasMessageContaining("the name, not the key");
    }

    @Test
    void aKeyIsNeverSentOverPlainHttpToAnotherHost() throws IOException {
        assertThatThrownBy(() -> load("[ai]\nanthropic_url = \"http://api.anthropic.com\"\n"))
                .hasMessageContaining("must be https");
        assertThatThrownBy(() -> load("[ai]\nopenai_url = \"http://10.0.0.5:8080\"\nopenai_model = \"m\"\nopenai_key_env = \"K\"\n"))
                .hasMessageContaining("must be https");
        assertThat(load("[ai]\nanthropic_url = \"http://127.0.0.1:9999\"\n").anthropicUrl()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        assertThat(load("[ai]\nopenai_url = \"http://10.0.0.5:8080\"\nopenai_model = \"m\"\n").openaiUrl()).isPresent();
    }

    @Test
    void aPasswordInAUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> load("[ai]\nopenai_url = \"https://me:hunter2@api.example.com\"\nopenai_model = \"m\"\n"))
                .hasMessageContaining("must not hold a user name or password").hasMessageNotContaining("hunter2");
    }

    @Test
    void loopbackIsDecidedFromLiteralsOnly() {
        assertThat(AiSettings.isLoopback(URI.create("http://127.0.0.1:1"))).isTrue();
        assertThat(AiSettings.isLoopback(URI.create("http://127.8.9.10:1"))).isTrue();
        assertThat(AiSettings.isLoopback(URI.create("http://[::1]:1"))).isTrue();
        assertThat(AiSettings.isLoopback(URI.create("http://localhost:1"))).isTrue();
        assertThat(AiSettings.isLoopback(URI.create("http://192.168.1.4:1"))).isFalse();
        assertThat(AiSettings.isLoopback(URI.create("http://beef:1"))).as("a name, never resolved").isFalse();
        assertThat(AiSettings.isLoopback(URI.create("http://127.0.0.1.example.com:1"))).isFalse();
    }
}
