package dev.mycel.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An OpenAI-compatible server on 127.0.0.1: {@code POST /v1/chat/completions} streamed as SSE
 * {@code data:} lines of {@code chat.completion.chunk} objects, ending with {@code data: [DONE]};
 * tool calls arrive as index-keyed fragments of {@code function.arguments}, as OpenAI streams them.
 */
final class FakeOpenAi implements AutoCloseable {
    static final String PATH = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SSE = Map.of("content-type", "text/event-stream");

    final FakeServer server = new FakeServer();

    URI base() {
        return server.base();
    }

    FakeOpenAi text(String... pieces) {
        List<String> lines = new ArrayList<>();
        lines.add(data(delta("{\"role\":\"assistant\",\"content\":\"\"}", null)));
        for (String p : pieces) {
            lines.add(data(delta("{\"content\":" + FakeAnthropic.quote(p) + "}", null)));
        }
        lines.add(data(delta("{}", "stop")));
        lines.add("data: [DONE]\n\n");
        return respond(lines);
    }

    /** Already-built {@code data:} lines, then finish_reason tool_calls and [DONE]. */
    FakeOpenAi toolCallFragments(List<String> deltas) {
        List<String> lines = new ArrayList<>();
        lines.add(data(delta("{\"role\":\"assistant\",\"content\":null}", null)));
        for (String d : deltas) {
            lines.add(data(delta(d, null)));
        }
        lines.add(data(delta("{}", "tool_calls")));
        lines.add("data: [DONE]\n\n");
        return respond(lines);
    }

    FakeOpenAi raw(List<String> lines, boolean stallAfter) {
        server.enqueue(PATH, new FakeServer.Script.Respond(200, SSE, lines, stallAfter));
        return this;
    }

    FakeOpenAi error(int status, String message, Map<String, String> headers) {
        Map<String, String> h = new java.util.HashMap<>(headers);
        h.put("content-type", "application/json");
        server.enqueue(PATH, new FakeServer.Script.Respond(status, h, List.of("{\"error\":{\"message\":"
                + FakeAnthropic.quote(message) + ",\"type\":\"requests\",\"param\":null,\"code\":null}}"), false));
        return this;
    }

    FakeOpenAi models() {
        server.always("/v1/models", FakeServer.json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"qwen2.5\",\"object\":\"model\","
                + "\"created\":1686935002,\"owned_by\":\"organization-owner\"}]}"));
        return this;
    }

    List<FakeServer.Recorded> requests() {
        return server.requests(PATH);
    }

    JsonNode body(int i) throws Exception {
        return JSON.readTree(requests().get(i).body());
    }

    static String delta(String delta, String finish) {
        return "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-4o-mini\","
                + "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,\"delta\":" + delta
                + ",\"logprobs\":null,\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
    }

    static String data(String json) {
        return "data: " + json + "\n\n";
    }

    static String toolFragment(int index, String id, String name, String args) {
        StringBuilder f = new StringBuilder("{\"tool_calls\":[{\"index\":").append(index);
        if (id != null) {
            f.append(",\"id\":\"").append(id).append("\",\"type\":\"function\"");
        }
        f.append(",\"function\":{");
        if (name != null) {
            f.append("\"name\":\"").append(name).append("\",");
        }
        return f.append("\"arguments\":").append(FakeAnthropic.quote(args)).append("}}]}").toString();
    }

    private FakeOpenAi respond(List<String> lines) {
        server.enqueue(PATH, new FakeServer.Script.Respond(200, SSE, lines, false));
        return this;
    }

    @Override
    public void close() {
        server.close();
    }
}
