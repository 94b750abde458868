package dev.mycel.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Messages API on 127.0.0.1: {@code POST /v1/messages} answered with the event
 * stream exactly as the streaming documentation shows it (message_start with the message
 * envelope and usage, content blocks, pings, message_delta with stop_reason and usage,
 * message_stop), and its error bodies {@code {"type":"error","error":{…}}}.
 */
public final class FakeAnthropic implements AutoCloseable {
    static final String PATH = "/v1/messages";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SSE = Map.of("content-type", "text/event-stream; charset=utf-8",
            "cache-control", "no-cache");

    public final FakeServer server = new FakeServer();

    public URI base() {
        return server.base();
    }

    /** A whole text answer, streamed in {@code pieces}. */
    public FakeAnthropic text(String... pieces) {
        List<String> events = new ArrayList<>(start());
        events.add(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        events.add(event("ping", "{\"type\": \"ping\"}"));
        for (String p : pieces) {
            events.add(textDelta(0, p));
        }
        events.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        events.addAll(stop("end_turn", 15));
        return respond(events);
    }

    /** Some text, then one tool_use block whose input arrives in {@code jsonFragments}. */
    public FakeAnthropic toolUse(String text, String id, String name, String... jsonFragments) {
        List<String> events = new ArrayList<>(start());
        events.add(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        events.add(textDelta(0, text));
        events.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        events.add(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\""
                + id + "\",\"name\":\"" + name + "\",\"input\":{}}}"));
        for (String f : jsonFragments) {
            events.add(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":"
                    + quote(f) + "}}"));
        }
        events.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}"));
        events.addAll(stop("tool_use", 89));
        return respond(events);
    }

    /** Exactly these events (or raw lines), for broken streams. */
    FakeAnthropic raw(List<String> chunks, boolean stallAfter) {
        server.enqueue(PATH, new FakeServer.Script.Respond(200, SSE, chunks, stallAfter));
        return this;
    }

    /** An error status with Anthropic's error body and extra headers (retry-after). */
    public FakeAnthropic error(int status, String type, String message, Map<String, String> headers) {
        Map<String, String> h = new java.util.HashMap<>(headers);
        h.put("content-type", "application/json");
        server.enqueue(PATH, new FakeServer.Script.Respond(status, h, List.of(errorBody(type, message)), false));
        return this;
    }

    public FakeAnthropic hang() {
        server.enqueue(PATH, new FakeServer.Script.Hang());
        return this;
    }

    /** {@code GET /v1/models}, the probe. */
    public FakeAnthropic models() {
        server.always("/v1/models", FakeServer.json(200, "{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-5-20250929\","
                + "\"display_name\":\"Claude Sonnet 4.5\",\"created_at\":\"2025-09-29T00:00:00Z\"}],\"has_more\":false,"
                + "\"first_id\":\"claude-sonnet-4-5-20250929\",\"last_id\":\"claude-sonnet-4-5-20250929\"}"));
        return this;
    }

    public List<FakeServer.Recorded> requests() {
        return server.requests(PATH);
    }

    public JsonNode body(int i) throws Exception {
        return JSON.readTree(requests().get(i).body());
    }

    static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    static String textDelta(int index, String text) {
        return event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
                + ",\"delta\":{\"type\":\"text_delta\",\"text\":" + quote(text) + "}}");
    }

    static List<String> start() {
        return List.of(event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_01XFDUDYJgAACzvnptvVoYEL\","
                + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4-5-20250929\","
                + "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}"));
    }

    static List<String> stop(String reason, int outputTokens) {
        return List.of(event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + reason
                        + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + outputTokens + "}}"),
                event("message_stop", "{\"type\":\"message_stop\"}"));
    }

    static String errorBody(String type, String message) {
        return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":" + quote(message) + "}}";
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private FakeAnthropic respond(List<String> events) {
        server.enqueue(PATH, new FakeServer.Script.Respond(200, SSE, events, false));
        return this;
    }

    @Override
    public void close() {
        server.close();
    }
}
