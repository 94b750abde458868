package dev.mycel.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import dev.mycel.ai.ProviderRouter.Routed;
import dev.mycel.config.AiSettings;
import dev.mycel.config.AiSettings.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routing rule of {@link ProviderRouter}, mode by mode. */
class ProviderRouterTest {
    private static final PrivacyGate NO_REDACTION = new PrivacyGate(dev.mycel.privacy.Redactor::new, false, false);

    private static final Path CONFIG = Path.of("/home/u/.config/mycel/config.toml");
    private static final Failure DOWN = new Failure(FailureKind.UNREACHABLE, "cannot connect to Ollama (connection refused)");

    private final List<String> streamed = new ArrayList<>();

    private static ProviderSlot ready(Provider p) {
        return new ProviderSlot.Ready(p);
    }

    private static ProviderSlot none(String name) {
        return new ProviderSlot.NotConfigured(name, "set " + name + " up");
    }

    private Routed route(Mode mode, ProviderSlot ollama, ProviderSlot anthropic, ProviderSlot openai) {
        var providers = new ConfiguredProviders(mode, CONFIG, ollama, anthropic, openai);
        return new ProviderRouter(providers, new ProbeCache(InstantSource.system(), Duration.ofSeconds(5)), NO_REDACTION)
                .turn(mode, AnthropicProviderTest.ask("hi"), streamed::add);
    }

    private final FakeProvider localOk = FakeProvider.answering("ollama", "http://127.0.0.1:11434", "local says hi");
    private final FakeProvider cloudOk = FakeProvider.answering("anthropic", "https://api.anthropic.com", "cloud says hi");

    @Test
    void offlineAsksNoModel() {
        Routed r = route(Mode.OFFLINE, ready(localOk), ready(cloudOk), none("openai"));
        assertThat(r.reply()).isInstanceOf(ProviderReply.Offline.class);
        assertThat(((ProviderReply.Offline) r.reply()).guidance()).contains("offline mode").contains(CONFIG.toString());
        assertThat(localOk.turns() + cloudOk.turns()).isZero();
    }

    @Test
    void localUsesTheLocalModel() {
        Routed r = route(Mode.LOCAL, ready(localOk), ready(cloudOk), none("openai"));
        assertThat(r.provider()).isEqualTo("ollama");
        assertThat(streamed).containsExactly("local says hi");
        assertThat(cloudOk.turns()).isZero();
    }

    @Test
    void localNeverFallsBackToTheCloudWhateverTheFailure() {
        FakeProvider down = new FakeProvider("ollama", "http://127.0.0.1:11434", new Probe.NotReady("refused"), List.of(), DOWN);
        Routed r = route(Mode.LOCAL, ready(down), ready(cloudOk), none("openai"));
        assertThat(r).isEqualTo(new Routed("ollama", DOWN, List.of()));
        assertThat(cloudOk.turns()).isZero();
    }

    @Test
    void localWithNoLocalModelSaysHowToConfigureOneAndStillDoesNotUseTheCloud() {
        Routed r = route(Mode.LOCAL, none("ollama"), ready(cloudOk), none("openai"));
        String guidance = ((ProviderReply.Offline) r.reply()).guidance();
        assertThat(guidance).startsWith("No local model is configured.").contains("set ollama up").contains("set openai up")
                .contains("anthropic is configured, but is remote (cloud)");
        assertThat(cloudOk.turns()).isZero();
    }

    @Test
    void aRemoteOllamaIsCloudNotLocal() {
        FakeProvider lan = FakeProvider.answering("ollama", "http://192.0.2.7:11434", "lan");
        assertThat(route(Mode.LOCAL, ready(lan), none("anthropic"), none("openai")).reply()).isInstanceOf(ProviderReply.Offline.class);
        assertThat(lan.turns()).isZero();
        assertThat(route(Mode.CLOUD, ready(lan), none("anthropic"), none("openai")).provider()).isEqualTo("ollama");
    }

    @Test
    void cloudUsesTheCloudOnlyAndSaysHowWhenThereIsNone() {
        Routed r = route(Mode.CLOUD, ready(localOk), ready(cloudOk), none("openai"));
        assertThat(r.provider()).isEqualTo("anthropic");
        assertThat(localOk.turns()).isZero();
        Routed none = route(Mode.CLOUD, ready(localOk), none("anthropic"), none("openai"));
        assertThat(((ProviderReply.Offline) none.reply()).guidance()).startsWith("No cloud model is configured.")
                .contains("set anthropic up").doesNotContain("set ollama up");
    }

    @Test
    void autoPrefersAReachableLocalModel() {
        Routed r = route(Mode.AUTO, ready(localOk), ready(cloudOk), none("openai"));
        assertThat(r).isEqualTo(new Routed("ollama", new ProviderReply.Answer("local says hi", List.of(), StopReason.END_TURN), List.of()));
        assertThat(cloudOk.turns()).isZero();
    }

    @Test
    void autoEscalatesWhenTheLocalModelIsNotReachableAndSaysSo() {
        FakeProvider down = new FakeProvider("ollama", "http://127.0.0.1:11434", new Probe.NotReady("cannot connect to Ollama"), List.of(), DOWN);
        Routed r = route(Mode.AUTO, ready(down), ready(cloudOk), none("openai"));
        assertThat(r.provider()).isEqualTo("anthropic");
        assertThat(r.passedOver()).containsExactly("ollama: cannot connect to Ollama");
        assertThat(down.turns()).as("a failed probe is not followed by a turn").isZero();
    }

    @Test
    void autoEscalatesWhenTheLocalModelFailsBeforeSayingAnything() {
        FakeProvider failing = new FakeProvider("ollama", "http://127.0.0.1:11434", new Probe.Ready("up"), List.of(),
                new Failure(FailureKind.REJECTED, "Ollama answered 404: model not found"));
        Routed r = route(Mode.AUTO, ready(failing), ready(cloudOk), none("openai"));
        assertThat(r.provider()).isEqualTo("anthropic");
        assertThat(r.passedOver()).containsExactly("ollama: Ollama answered 404: model not found");
        assertThat(streamed).containsExactly("cloud says hi");
    }

    @Test
    void autoDoesNotAppendACloudAnswerToHalfALocalOne() {
        Failure stalled = new Failure(FailureKind.TIMEOUT, "Ollama went silent");
        FakeProvider half = new FakeProvider("ollama", "http://127.0.0.1:11434", new Probe.Ready("up"), List.of("The answer is"), stalled);
        Routed r = route(Mode.AUTO, ready(half), ready(cloudOk), none("openai"));
        assertThat(r).isEqualTo(new Routed("ollama", stalled, List.of()));
        assertThat(cloudOk.turns()).isZero();
    }

    @Test
    void autoWithNothingConfiguredSaysExactlyHowToConfigureAModel() {
        var real = ConfiguredProviders.from(AiSettings.defaults(), CONFIG, Map.of(), 1000, new FakeSleeper());
        Routed r = new ProviderRouter(real, new ProbeCache(InstantSource.system(), Duration.ofSeconds(5)), NO_REDACTION)
                .turn(Mode.AUTO, AnthropicProviderTest.ask("hi"), streamed::add);
        String g = ((ProviderReply.Offline) r.reply()).guidance();
        assertThat(g).startsWith("No AI model is configured. To configure one:")
                .contains("ollama_model = \"llama3.2\" in " + CONFIG)
                .contains("export ANTHROPIC_API_KEY=")
                .contains("anthropic_key_file")
                .contains("openai_url")
                .endsWith("Then restart the runtime: mycel down && mycel up");
        assertThat(r.provider()).isEqualTo("none");
    }

    @Test
    void autoWithOnlyAnUnreachableLocalModelFailsSayingWhy() {
        FakeProvider down = new FakeProvider("ollama", "http://127.0.0.1:11434", new Probe.NotReady("cannot connect to Ollama"), List.of(), DOWN);
        Routed r = route(Mode.AUTO, ready(down), none("anthropic"), none("openai"));
        assertThat(r.reply()).isEqualTo(new Failure(FailureKind.UNREACHABLE,
                "no configured model can answer now (ollama: cannot connect to Ollama) and no cloud model is configured"));
    }

    @Test
    void anUnusableKeyIsNamedInTheGuidance() {
        Routed r = route(Mode.CLOUD, none("ollama"), new ProviderSlot.Unusable("anthropic", "key file /k has mode rw-r--r--"), none("openai"));
        assertThat(((ProviderReply.Offline) r.reply()).guidance()).contains("anthropic is configured but unusable: key file /k has mode rw-r--r--");
    }

    @Test
    void autoEscalatesFromARealOllamaThatIsDownToARealAnthropic() throws Exception {
        int port;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (FakeAnthropic fake = new FakeAnthropic()) {
            fake.text("from the cloud");
            AiSettings ai = new AiSettings(Mode.AUTO, "claude-sonnet-4-5", fake.base(), java.util.Optional.empty(),
                    java.net.URI.create("http://127.0.0.1:" + port), java.util.Optional.of("llama3.2"),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), Duration.ofSeconds(2), 0);
            try (var real = ConfiguredProviders.from(ai, CONFIG, Map.of("ANTHROPIC_API_KEY", "sk-test"), 1000, new FakeSleeper())) {
                Routed r = new ProviderRouter(real, new ProbeCache(InstantSource.system(), Duration.ofSeconds(5)), NO_REDACTION)
                        .turn(Mode.AUTO, AnthropicProviderTest.ask("hi"), streamed::add);
                assertThat(r.provider()).isEqualTo("anthropic");
                assertThat(r.reply()).isEqualTo(new ProviderReply.Answer("from the cloud", List.of(), StopReason.END_TURN));
                assertThat(r.passedOver()).singleElement().asString().startsWith("ollama: cannot connect to Ollama");
            }
        }
    }
}
