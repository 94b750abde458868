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
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link OpenAiCompatibleProvider} against {@link FakeOpenAi}, which streams chat.completion.chunk SSE. */
class OpenAiCompatibleProviderTest {
    static final String KEY = "sk-proj-OPENAITESTKEY987654321";

    private final FakeOpenAi fake = new FakeOpenAi();
    private final FakeSleeper sleeper = new FakeSleeper();
    private final List<String> streamed = new ArrayList<>();

    @AfterEach
    void close() {
        fake.close();
    }

    private OpenAiCompatibleProvider provider(Optional<ApiKey> key, Duration timeout) {
        return new OpenAiCompatibleProvider(fake.base(), "qwen2.5", key, HttpLimits.of(timeout, 2), sleeper);
    }

    @Test
    void streamsTextWithoutAKeyHeaderWhenNoneIsConfigured() throws Exception {
        fake.text("Hel", "lo");
        try (OpenAiCompatibleProvider p = provider(Optional.empty(), Duration.ofSeconds(5))) {
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add))
                    .isEqualTo(new Answer("Hello", List.of(), StopReason.END_TURN));
        }
        assertThat(streamed).containsExactly("Hel", "lo");
        FakeServer.Recorded r = fake.requests().get(0);
        assertThat(r.header("authorization")).isNull();
        JsonNode body = fake.body(0);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("messages").get(0).toString()).isEqualTo("{\"role\":\"system\",\"content\":\"You are Mycel.\"}");
        assertThat(body.path("tools").get(5).path("function").path("name").asText()).isEqualTo("show_surface");
    }

    @Test
    void sendsTheBearerKeyWhenConfigured() {
        fake.text("ok");
        try (OpenAiCompatibleProvider p = provider(ApiKey.of(KEY, "env OPENAI_API_KEY"), Duration.ofSeconds(5))) {
            p.turn(AnthropicProviderTest.ask("hi"), streamed::add);
        }
        assertThat(fake.requests().get(0).header("authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void interleavedToolCallFragmentsAreAssembledByIndexAndSentBack() throws Exception {
        fake.toolCallFragments(List.of(
                FakeOpenAi.toolFragment(0, "call_abc", "read_file", ""),
                FakeOpenAi.toolFragment(1, "call_def", "list_directory", ""),
                FakeOpenAi.toolFragment(0, null, null, "{\"pa"),
                FakeOpenAi.toolFragment(1, null, null, "{\"path\":"),
                FakeOpenAi.toolFragment(0, null, null, "th\":\"/etc/hosts\"}"),
                FakeOpenAi.toolFragment(1, null, null, "\"/tmp\"}")));
        fake.text("Done.");
        try (OpenAiCompatibleProvider p = provider(Optional.empty(), Duration.ofSeconds(5))) {
            Answer a = (Answer) p.turn(AnthropicProviderTest.ask("look"), streamed::add);
            assertThat(a.stopReason()).isEqualTo(StopReason.TOOL_USE);
            assertThat(a.toolCalls()).containsExactly(
                    new ToolCall("call_abc", "read_file", AnthropicProviderTest.args("{\"path\":\"/etc/hosts\"}")),
                    new ToolCall("call_def", "list_directory", AnthropicProviderTest.args("{\"path\":\"/tmp\"}")));
            ProviderRequest next = ProviderRequest.of("", List.of(new Message.User("look"),
                    new Message.Assistant("", a.toolCalls()),
                    new Message.ToolResult("call_abc", "read_file", "127.0.0.1 localhost", false),
                    new Message.ToolResult("call_def", "list_directory", "a b", false)), Tools.all(), 100);
            assertThat(p.turn(next, streamed::add)).isEqualTo(new Answer("Done.", List.of(), StopReason.END_TURN));
        }
        assertThat(fake.body(1).path("messages").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"look\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":["
                + "{\"id\":\"call_abc\",\"type\":\"function\",\"function\":{\"name\":\"read_file\",\"arguments\":\"{\\\"path\\\":\\\"/etc/hosts\\\"}\"}},"
                + "{\"id\":\"call_def\",\"type\":\"function\",\"function\":{\"name\":\"list_directory\",\"arguments\":\"{\\\"path\\\":\\\"/tmp\\\"}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_abc\",\"content\":\"127.0.0.1 localhost\"},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_def\",\"content\":\"a b\"}]");
    }

    @Test
    void retryAfterMsIsHonouredThenSuccess() {
        fake.error(429, "Rate limit reached", Map.of("retry-after-ms", "1500", "retry-after", "2"));
        fake.text("ok");
        try (OpenAiCompatibleProvider p = provider(Optional.empty(), Duration.ofSeconds(5))) {
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Answer("ok", List.of(), StopReason.END_TURN));
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void brokenStreamsAreCleanFailures() {
        fake.raw(List.of(FakeOpenAi.data(FakeOpenAi.delta("{\"content\":\"Hi\"}", null))), false);
        fake.raw(List.of("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"function\":{\"name\":\"read_file\",\"arguments\":\"{oops\"}}]}}]}\n\n",
                FakeOpenAi.data(FakeOpenAi.delta("{}", "tool_calls")), "data: [DONE]\n\n"), false);
        fake.raw(List.of("data: {\"error\":{\"message\":\"context length exceeded\",\"type\":\"invalid_request_error\"}}\n\n"), false);
        fake.raw(List.of("data: [not json]\n\n"), false);
        try (OpenAiCompatibleProvider p = provider(Optional.empty(), Duration.ofSeconds(5))) {
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.MALFORMED,
                    "the OpenAI-compatible server sent a stream Mycel cannot read (the stream ended without a finish_reason or [DONE])"));
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.MALFORMED,
                    "the OpenAI-compatible server sent a stream Mycel cannot read (tool call 0 has no name or its arguments are not a JSON object)"));
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.SERVICE_ERROR,
                    "the OpenAI-compatible server stopped the answer: context length exceeded"));
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.MALFORMED,
                    "the OpenAI-compatible server sent a stream Mycel cannot read (a data line that is not a JSON object)"));
        }
    }

    @Test
    void aStallTimesOut() {
        fake.raw(List.of(FakeOpenAi.data(FakeOpenAi.delta("{\"content\":\"Hi\"}", null))), true);
        try (OpenAiCompatibleProvider p = provider(Optional.empty(), FakeServer.quick())) {
            assertThat(p.turn(AnthropicProviderTest.ask("hi"), streamed::add)).isEqualTo(new Failure(FailureKind.TIMEOUT,
                    "the OpenAI-compatible server went silent for more than 400 ms in the middle of its answer"));
        }
    }

    @Test
    void theProbeIsGetModels() {
        fake.models();
        try (OpenAiCompatibleProvider p = provider(Optional.empty(), Duration.ofSeconds(5))) {
            assertThat(p.probe(Duration.ofSeconds(1))).isEqualTo(new Probe.Ready("answering, model qwen2.5"));
        }
    }
}
