package dev.mycel.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ollama on 127.0.0.1: {@code POST /api/chat} streamed as {@code application/x-ndjson}, one
 * object per line as the API documentation shows (model, created_at, message, done, and on the
 * last line done_reason and the timing counters); {@code GET /api/tags} lists the pulled models.
 */
public final class FakeOllama implements AutoCloseable {
    static final String PATH = "/api/chat";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> NDJSON = Map.of("content-type", "application/x-ndjson");

    public final FakeServer server = new FakeServer();

    public URI base() {
        return server.base();
    }

    public FakeOllama tags(String... models) {
        StringBuilder list = new StringBuilder();
        for (String m : models) {
            list.append(list.isEmpty() ? "" : ",").append("{\"name\":\"").append(m).append("\",\"model\":\"").append(m)
                    .append("\",\"modified_at\":\"2025-05-04T17:37:44.706015396-07:00\",\"size\":2019393189,")
                    .append("\"digest\":\"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72\",")
                    .append("\"details\":{\"parent_model\":\"\",\"format\":\"gguf\",\"family\":\"llama\",")
                    .append("\"families\":[\"llama\"],\"parameter_size\":\"3.2B\",\"quantization_level\":\"Q4_K_M\"}}");
        }
        server.always("/api/tags", FakeServer.json(200, "{\"models\":[" + list + "]}"));
        return this;
    }

    public FakeOllama text(String... pieces) {
        List<String> lines = new ArrayList<>();
        for (String p : pieces) {
            lines.add(chunk("{\"role\":\"assistant\",\"content\":" + FakeAnthropic.quote(p) + "}", false));
        }
        lines.add(last("stop"));
        return respond(lines);
    }

    /** One line carrying a whole tool call, as Ollama sends them, then the done line. */
    public FakeOllama toolCall(String name, String argumentsJson) {
        return respond(List.of(
                chunk("{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"" + name
                        + "\",\"arguments\":" + argumentsJson + "}}]}", false),
                last("stop")));
    }

    FakeOllama raw(List<String> lines, boolean stallAfter) {
        server.enqueue(PATH, new FakeServer.Script.Respond(200, NDJSON, lines, stallAfter));
        return this;
    }

    public FakeOllama error(int status, String message) {
        server.enqueue(PATH, FakeServer.json(status, "{\"error\":" + FakeAnthropic.quote(message) + "}"));
        return this;
    }

    public List<FakeServer.Recorded> requests() {
        return server.requests(PATH);
    }

    public JsonNode body(int i) throws Exception {
        return JSON.readTree(requests().get(i).body());
    }

    static String chunk(String message, boolean done) {
        return "{\"model\":\"llama3.2\",\"created_at\":\"2023-08-04T08:52:19.385406455-07:00\",\"message\":" + message
                + ",\"done\":" + done + "}\n";
    }

    static String last(String reason) {
        return "{\"model\":\"llama3.2\",\"created_at\":\"2023-08-04T19:22:45.499127Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"\"},\"done_reason\":\"" + reason + "\",\"done\":true,\"total_duration\":4883583458,"
                + "\"load_duration\":1334875,\"prompt_eval_count\":26,\"prompt_eval_duration\":342546000,"
                + "\"eval_count\":282,\"eval_duration\":4535599000}\n";
    }

    private FakeOllama respond(List<String> lines) {
        server.enqueue(PATH, new FakeServer.Script.Respond(200, NDJSON, lines, false));
        return this;
    }

    @Override
    public void close() {
        server.close();
    }
}
