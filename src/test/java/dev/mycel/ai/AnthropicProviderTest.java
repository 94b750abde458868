package dev.mycel.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ai.ProviderReply.Answer;
import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link AnthropicProvider} against {@link FakeAnthropic}, which speaks the documented Messages API stream. */
class AnthropicProviderTest {
    static final String KEY = "sk-ant-api03-TESTKEY0123456789abcdef";

    private final FakeAnthropic fake = new FakeAnthropic();
    private final FakeSleeper sleeper = new FakeSleeper();
    private final List<String> streamed = new ArrayList<>();

    @AfterEach
    void close() {
        fake.close();
    }

    private AnthropicProvider provider(HttpLimits limits) {
        return new AnthropicProvider(fake.base(), "claude-sonnet-4-5", ApiKey.of(KEY, "test").orElseThrow(), limits, sleeper);
    }

    private AnthropicProvider provider() {
        return provider(HttpLimits.of(Duration.ofSeconds(5), 2));
    }

    static ProviderRequest ask(String text) {
        return ProviderRequest.of("You are Mycel.", List.of(new Message.User(text)), Tools.all(), 1024);
    }

    @Test
    void streamsTextAndSendsTheDocumentedRequest() throws Exception {
        fake.text("Hello", ", wor", "ld!");
        try (AnthropicProvider p = provider()) {
            ProviderReply reply = p.turn(ask("Say hello"), streamed::add);
            assertThat(reply).isEqualTo(new Answer("Hello, world!", List.of(), StopReason.END_TURN));
        }
        assertThat(streamed).containsExactly("Hello", ", wor", "ld!");
        FakeServer.Recorded r = fake.requests().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("x-api-key")).isEqualTo(KEY);
        assertThat(r.header("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(r.header("content-type")).isEqualTo("application/json");
        JsonNode body = fake.body(0);
        assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("system").asText()).isEqualTo("You are Mycel.");
        assertThat(body.path("messages").toString())
                .isEqualTo("[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Say hello\"}]}]");
        assertThat(body.path("tools")).hasSize(Tools.all().size());
        JsonNode runCode = body.path("tools").get(0);
        assertThat(runCode.path("name").asText()).isEqualTo("run_code");
        assertThat(runCode.path("input_schema").path("required").toString()).isEqualTo("[\"language\",\"code\"]");
        assertThat(runCode.path("input_schema").path("properties").path("language").path("enum").toString())
                .isEqualTo("[\"bash\",\"python\",\"javascript\"]");
    }

    @Test
    void toolUseRoundTripAssemblesInputJsonDeltasAndSendsTheResultBack() throws Exception {
        fake.toolUse("Let me look.", "toolu_01A09q90qw90lq917835lq9", "read_file",
                "", "{\"pa", "th\": \"/home/u/no", "tes.txt\"}");
        fake.text("It says hi.");
        try (AnthropicProvider p = provider()) {
            ProviderReply first = p.turn(ask("What is in notes.txt?"), streamed::add);
            assertThat(first).isInstanceOf(Answer.class);
            Answer a = (Answer) first;
            assertThat(a.stopReason()).isEqualTo(StopReason.TOOL_USE);
            assertThat(a.text()).isEqualTo("Let me look.");
            assertThat(a.toolCalls()).hasSize(1);
            ToolCall call = a.toolCalls().get(0);
            assertThat(call.id()).isEqualTo("toolu_01A09q90qw90lq917835lq9");
            assertThat(call.name()).isEqualTo("read_file");
            assertThat(call.arguments().toString()).isEqualTo("{\"path\":\"/home/u/notes.txt\"}");

            ProviderRequest second = ProviderRequest.of("You are Mycel.", List.of(
                    new Message.User("What is in notes.txt?"),
                    new Message.Assistant(a.text(), a.toolCalls()),
                    new Message.ToolResult(call.id(), call.name(), "hi", false)), Tools.all(), 1024);
            assertThat(p.turn(second, streamed::add)).isEqualTo(new Answer("It says hi.", List.of(), StopReason.END_TURN));
        }
        assertThat(fake.body(1).path("messages").toString()).isEqualTo("["
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What is in notes.txt?\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Let me look.\"},"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_01A09q90qw90lq917835lq9\",\"name\":\"read_file\",\"input\":{\"path\":\"/home/u/notes.txt\"}}]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_01A09q90qw90lq917835lq9\",\"content\":\"hi\"}]}]");
    }

    @Test
    void toolResultsOfOneTurnGoInOneUserMessageAndErrorsAreMarked() {
        ProviderRequest r = ProviderRequest.of("", List.of(
                new Message.User("go"),
                new Message.Assistant("", List.of(new ToolCall("t1", "list_directory", args("{\"path\":\"/a\"}")),
                        new ToolCall("t2", "run_code", args("{\"language\":\"bash\",\"code\":\"ls\"}")))),
                new Message.ToolResult("t1", "list_directory", "x", false),
                new Message.ToolResult("t2", "run_code", "denied by policy", true)), List.of(), 10);
        JsonNode body = AnthropicWire.body(r, "m");
        assertThat(body.has("system")).isFalse();
        assertThat(body.has("tools")).isFalse();
        assertThat(body.path("messages")).hasSize(3);
        assertThat(body.path("messages").get(2).toString()).isEqualTo("{\"role\":\"user\",\"content\":["
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":\"x\"},"
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"t2\",\"content\":\"denied by policy\",\"is_error\":true}]}");
    }

    @Test
    void a429WithRetryAfterIsWaitedOutThenSucceeds() {
        fake.error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit",
                Map.of("retry-after", "2"));
        fake.text("ok");
        try (AnthropicProvider p = provider()) {
            assertThat(p.turn(ask("hi"), streamed::add)).isEqualTo(new Answer("ok", List.of(), StopReason.END_TURN));
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void overloaded529IsRetriedWithGrowingJitteredBackoff() {
        for (int i = 0; i < 3; i++) {
            fake.error(529, "overloaded_error", "Overloaded", Map.of());
        }
        try (AnthropicProvider p = provider(HttpLimits.of(Duration.ofSeconds(5), 2))) {
            ProviderReply reply = p.turn(ask("hi"), streamed::add);
            assertThat(reply).isInstanceOf(Failure.class);
            assertThat(((Failure) reply).kind()).isEqualTo(FailureKind.OVERLOADED);
            assertThat(((Failure) reply).reason()).isEqualTo("Anthropic answered 529: overloaded_error: Overloaded (after 3 attempts)");
        }
        List<Duration> waits = sleeper.waits();
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void fiveHundredsExhaustTheRetriesIntoACleanFailure() {
        fake.server.always(FakeAnthropic.PATH, FakeServer.json(500, FakeAnthropic.errorBody("api_error", "Internal server error")));
        try (AnthropicProvider p = provider(HttpLimits.of(Duration.ofSeconds(5), 3))) {
            ProviderReply reply = p.turn(ask("hi"), streamed::add);
            assertThat(reply).isEqualTo(new Failure(FailureKind.SERVICE_ERROR,
                    "Anthropic answered 500: api_error: Internal server error (after 4 attempts)"));
        }
        assertThat(fake.requests()).hasSize(4);
        assertThat(streamed).isEmpty();
    }

    @Test
    void aRefusedKeyIsNotRetried() {
        fake.error(401, "authentication_error", "invalid x-api-key", Map.of());
        try (AnthropicProvider p = provider()) {
            assertThat(p.turn(ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.REJECTED,
                    "Anthropic answered 401: authentication_error: invalid x-api-key"));
        }
        assertThat(fake.requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        fake.hang();
        long t0 = System.nanoTime();
        try (AnthropicProvider p = provider(HttpLimits.of(FakeServer.quick(), 2))) {
            ProviderReply reply = p.turn(ask("hi"), streamed::add);
            assertThat(reply).isInstanceOf(Failure.class);
            assertThat(((Failure) reply).kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(((Failure) reply).reason()).isEqualTo("Anthropic did not start answering within 400 ms");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(fake.requests()).as("a timeout is not retried").hasSize(1);
    }

    @Test
    void aStreamThatStallsMidAnswerTimesOut() {
        List<String> events = new ArrayList<>(FakeAnthropic.start());
        events.add(FakeAnthropic.event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        events.add(FakeAnthropic.textDelta(0, "Half an ans"));
        fake.raw(events, true);
        long t0 = System.nanoTime();
        try (AnthropicProvider p = provider(HttpLimits.of(FakeServer.quick(), 2))) {
            assertThat(p.turn(ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.TIMEOUT,
                    "Anthropic went silent for more than 400 ms in the middle of its answer"));
        }
        assertThat(streamed).containsExactly("Half an ans");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLongAnswerThatKeepsArrivingIsNotCutByTheTimeout() {
        List<String> events = new ArrayList<>(FakeAnthropic.start());
        events.add(FakeAnthropic.event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        for (int i = 0; i < 6; i++) {
            events.add(FakeAnthropic.textDelta(0, "w" + i + " "));
        }
        events.add(FakeAnthropic.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        events.addAll(FakeAnthropic.stop("end_turn", 6));
        fake.server.enqueue(FakeAnthropic.PATH, new FakeServer.Script.Trickle(Map.of("content-type", "text/event-stream"),
                events, Duration.ofMillis(150)));
        try (AnthropicProvider p = provider(HttpLimits.of(FakeServer.quick(), 0))) {
            // about 1.7 s in all, four times the 400 ms timeout, but never 400 ms of silence
            assertThat(p.turn(ask("hi"), streamed::add))
                    .isEqualTo(new Answer("w0 w1 w2 w3 w4 w5 ", List.of(), StopReason.END_TURN));
        }
    }

    @Test
    void malformedStreamsBecomeCleanFailures() {
        List<List<String>> broken = List.of(
                List.of("event: message_start\ndata: {not json\n\n"),
                FakeAnthropic.start(),
                List.of(FakeAnthropic.textDelta(0, "no start")),
                concat(FakeAnthropic.start(), List.of(FakeAnthropic.textDelta(3, "unknown block"))),
                concat(FakeAnthropic.start(), List.of(
                        FakeAnthropic.event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"read_file\",\"input\":{}}}"),
                        FakeAnthropic.event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"path\\\": \"}}"),
                        FakeAnthropic.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")),
                        FakeAnthropic.stop("tool_use", 3)),
                List.of("\u0000\u0001garbage\n\n"));
        try (AnthropicProvider p = provider()) {
            for (List<String> b : broken) {
                fake.raw(b, false);
                ProviderReply reply = p.turn(ask("hi"), streamed::add);
                assertThat(reply).as(b.toString()).isInstanceOf(Failure.class);
                assertThat(((Failure) reply).kind()).as(b.toString()).isEqualTo(FailureKind.MALFORMED);
                assertThat(((Failure) reply).reason()).startsWith("Anthropic sent a stream Mycel cannot read (");
            }
        }
    }

    @Test
    void anErrorEventMidStreamEndsTheTurn() {
        fake.raw(concat(FakeAnthropic.start(), List.of(FakeAnthropic.event("error",
                "{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}"))), false);
        try (AnthropicProvider p = provider()) {
            assertThat(p.turn(ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.OVERLOADED,
                    "Anthropic stopped the answer with overloaded_error: Overloaded"));
        }
    }

    @Test
    void unknownEventsAndThinkingBlocksAreSkipped() {
        fake.raw(concat(FakeAnthropic.start(), List.of(
                ": a comment line\n\n",
                FakeAnthropic.event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}"),
                FakeAnthropic.event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"hmm\"}}"),
                FakeAnthropic.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"),
                FakeAnthropic.event("something_new", "{\"type\":\"something_new\"}"),
                FakeAnthropic.event("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"),
                FakeAnthropic.textDelta(1, "done"),
                FakeAnthropic.event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}")),
                FakeAnthropic.stop("max_tokens", 2)), false);
        try (AnthropicProvider p = provider()) {
            assertThat(p.turn(ask("hi"), streamed::add)).isEqualTo(new Answer("done", List.of(), StopReason.MAX_TOKENS));
        }
        assertThat(streamed).containsExactly("done");
    }

    @Test
    void aHugeLineIsRefusedWhileReading() {
        fake.raw(List.of("data: " + "x".repeat(70_000) + "\n\n"), false);
        HttpLimits small = new HttpLimits(Duration.ofSeconds(5), 0, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofSeconds(1), 64 * 1024, 1 << 20);
        try (AnthropicProvider p = provider(small)) {
            ProviderReply reply = p.turn(ask("hi"), streamed::add);
            assertThat(reply).isEqualTo(new Failure(FailureKind.MALFORMED,
                    "Anthropic sent too much: a line of the answer is longer than 65536 bytes"));
        }
    }

    @Test
    void theProbeChecksTheKeyWithGetModels() {
        fake.models();
        try (AnthropicProvider p = provider()) {
            assertThat(p.probe(Duration.ofSeconds(2))).isEqualTo(new Probe.Ready("key accepted, model claude-sonnet-4-5"));
        }
        FakeServer.Recorded r = fake.server.requests("/v1/models").get(0);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.header("x-api-key")).isEqualTo(KEY);
    }

    static com.fasterxml.jackson.databind.node.ObjectNode args(String json) {
        return StreamedTurn.object(json).orElseThrow();
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return out;
    }
}
