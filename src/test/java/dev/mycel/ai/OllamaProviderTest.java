package dev.mycel.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ai.ProviderReply.Answer;
import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link OllamaProvider} against {@link FakeOllama}, which speaks Ollama's NDJSON chat stream. */
class OllamaProviderTest {
    private final FakeOllama fake = new FakeOllama();
    private final FakeSleeper sleeper = new FakeSleeper();
    private final List<String> streamed = new ArrayList<>();

    @AfterEach
    void close() {
        fake.close();
    }

    private OllamaProvider provider(URI base, Duration timeout) {
        return new OllamaProvider(base, "llama3.2", HttpLimits.of(timeout, 2), sleeper);
    }

    private OllamaProvider provider() {
        return provider(fake.base(), Duration.ofSeconds(5));
    }

    @Test
    void streamsTextAndSendsTheDocumentedRequest() throws Exception {
        fake.text("The", " sky", " is blue.");
        try (OllamaProvider p = provider()) {
            assertThat(p.turn(AnthropicProviderTest.ask("Why is the sky blue?"), streamed::add))
                    .isEqualTo(new Answer("The sky is blue.", List.of(), StopReason.END_TURN));
            assertThat(p.placement()).isEqualTo(Placement.LOCAL);
        }
        assertThat(streamed).containsExactly("The", " sky", " is blue.");
        JsonNode body = fake.body(0);
        assertThat(body.path("model").asText()).isEqualTo("llama3.2");
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(1024);
        assertThat(body.path("messages").toString()).isEqualTo("[{\"role\":\"system\",\"content\":\"You are Mycel.\"},"
                + "{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]");
        JsonNode tool = body.path("tools").get(4);
        assertThat(tool.path("type").asText()).isEqualTo("function");
        assertThat(tool.path("function").path("name").asText()).isEqualTo("list_directory");
        assertThat(tool.path("function").path("parameters").path("type").asText()).isEqualTo("object");
    }

    @Test
    void toolCallRoundTrip() throws Exception {
        fake.toolCall("run_code", "{\"language\":\"python\",\"code\":\"print(2+2)\"}");
        fake.text("It is 4.");
        try (OllamaProvider p = provider()) {
            Answer a = (Answer) p.turn(AnthropicProviderTest.ask("2+2?"), streamed::add);
            assertThat(a.stopReason()).isEqualTo(StopReason.TOOL_USE);
            ToolCall call = a.toolCalls().get(0);
            assertThat(call.name()).isEqualTo("run_code");
            assertThat(call.id()).as("made up, since Ollama sends none").startsWith("ollama-");
            assertThat(call.arguments().toString()).isEqualTo("{\"language\":\"python\",\"code\":\"print(2+2)\"}");
            ProviderRequest next = ProviderRequest.of("", List.of(new Message.User("2+2?"),
                    new Message.Assistant("", a.toolCalls()), new Message.ToolResult(call.id(), "run_code", "4\n", false)),
                    Tools.all(), 100);
            assertThat(p.turn(next, streamed::add)).isEqualTo(new Answer("It is 4.", List.of(), StopReason.END_TURN));
        }
        assertThat(fake.body(1).path("messages").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"2+2?\"},"
                + "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"run_code\","
                + "\"arguments\":{\"language\":\"python\",\"code\":\"print(2+2)\"}}}]},"
                + "{\"role\":\"tool\",\"content\":\"4\\n\",\"tool_name\":\"run_code\"}]");
    }

    @Test
    void anErrorLineAnUnknownModelAndABrokenStreamAreCleanFailures() {
        fake.raw(List.of(FakeOllama.chunk("{\"role\":\"assistant\",\"content\":\"Hi\"}", false),
                "{\"error\":\"an error was encountered while running the model: unexpected EOF\"}\n"), false);
        fake.error(404, "model \"llama3.2\" not found, try pulling it first");
        fake.raw(List.of(FakeOllama.chunk("{\"role\":\"assistant\",\"content\":\"Hi\"}", false)), false);
        fake.raw(List.of("this is not json\n"), false);
        try (OllamaProvider p = provider()) {
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.SERVICE_ERROR,
                    "Ollama stopped the answer: an error was encountered while running the model: unexpected EOF"));
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.REJECTED,
                    "Ollama answered 404: model \"llama3.2\" not found, try pulling it first"));
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.MALFORMED,
                    "Ollama sent a stream Mycel cannot read (the stream ended before a line with done: true)"));
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.MALFORMED,
                    "Ollama sent a stream Mycel cannot read (a line that is not a JSON object)"));
        }
    }

    @Test
    void aStallMidStreamTimesOut() {
        fake.raw(List.of(FakeOllama.chunk("{\"role\":\"assistant\",\"content\":\"Hi\"}", false)), true);
        try (OllamaProvider p = provider(fake.base(), FakeServer.quick())) {
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.TIMEOUT,
                    "Ollama went silent for more than 400 ms in the middle of its answer"));
        }
    }

    @Test
    void theProbeSaysWhetherTheModelIsPulled() {
        fake.tags("llama3.2:latest", "qwen2.5:7b");
        try (OllamaProvider p = provider()) {
            assertThat(p.probe(Duration.ofSeconds(1))).isEqualTo(new Probe.Ready("model llama3.2 is available"));
        }
        try (OllamaProvider p = new OllamaProvider(fake.base(), "mistral", HttpLimits.of(Duration.ofSeconds(5), 0), sleeper)) {
            assertThat(p.probe(Duration.ofSeconds(1))).isEqualTo(
                    new Probe.NotReady("Ollama is running but has no model mistral; run: ollama pull mistral"));
        }
    }

    @Test
    void nothingListeningIsUnreachableAtOnceAndNotRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port);
        try (OllamaProvider p = provider(closed, Duration.ofSeconds(5))) {
            long t0 = System.nanoTime();
            assertThat(p.probe(Duration.ofSeconds(1))).isInstanceOf(Probe.NotReady.class);
            ProviderReply reply = p.turn(AnthropicProviderTest.ask("hi"), streamed::add);
            assertThat(reply).isInstanceOf(Failure.class);
            assertThat(((Failure) reply).kind()).isEqualTo(FailureKind.UNREACHABLE);
            assertThat(((Failure) reply).reason()).startsWith("cannot connect to Ollama");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
        assertThat(sleeper.waits()).as("a local server that refuses is not running; no retry").isEmpty();
    }
}
