package dev.mycel.ai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The Messages API request body, built from a {@link ProviderRequest}: the system prompt as a
 * top-level field, tools as {@code {name, description, input_schema}}, assistant tool calls as
 * {@code tool_use} blocks and their results as {@code tool_result} blocks in the next user turn.
 */
final class AnthropicWire {
    private AnthropicWire() {
    }

    static ObjectNode body(ProviderRequest request, String model) {
        ObjectNode body = StreamedTurn.JSON.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", request.maxTokens());
        if (!request.system().isEmpty()) {
            body.put("system", request.system());
        }
        body.set("messages", messages(request));
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (ToolDefinition t : request.tools()) {
                tools.addObject().put("name", t.name()).put("description", t.description()).set("input_schema", t.inputSchema());
            }
        }
        body.put("stream", true);
        return body;
    }

    /**
     * Consecutive entries of the same role go into one message: the API wants every tool result
     * for a turn's tool calls in the single user message that follows it.
     */
    private static ArrayNode messages(ProviderRequest request) {
        ArrayNode out = StreamedTurn.JSON.createArrayNode();
        for (Message m : request.messages()) {
            switch (m) {
                case Message.User u -> {
                    if (!u.text().isEmpty()) {
                        content(out, "user").addObject().put("type", "text").put("text", u.text());
                    }
                }
                case Message.Assistant a -> {
                    if (a.text().isEmpty() && a.toolCalls().isEmpty()) {
                        continue; // the API refuses empty turns; an empty one carries nothing anyway
                    }
                    ArrayNode blocks = content(out, "assistant");
                    if (!a.text().isEmpty()) {
                        blocks.addObject().put("type", "text").put("text", a.text());
                    }
                    for (ToolCall c : a.toolCalls()) {
                        blocks.addObject().put("type", "tool_use").put("id", c.id()).put("name", c.name())
                                .set("input", c.arguments());
                    }
                }
                case Message.ToolResult r -> {
                    ObjectNode block = content(out, "user").addObject();
                    block.put("type", "tool_result").put("tool_use_id", r.toolCallId()).put("content", r.content());
                    if (r.isError()) {
                        block.put("is_error", true);
                    }
                }
            }
        }
        return out;
    }

    /** The content array of the last message if it has {@code role}, else of a new one. */
    private static ArrayNode content(ArrayNode messages, String role) {
        if (!messages.isEmpty()) {
            ObjectNode last = (ObjectNode) messages.get(messages.size() - 1);
            if (last.path("role").asText().equals(role)) {
                return (ArrayNode) last.get("content");
            }
        }
        ObjectNode m = messages.addObject();
        m.put("role", role);
        return m.putArray("content");
    }

    /** {@code {"type":"error","error":{"type":…,"message":…}}} → "type: message". */
    static String errorText(String body) {
        Optional<ObjectNode> json = StreamedTurn.object(body);
        if (json.isEmpty()) {
            return body.length() > 120 ? "" : body;
        }
        var error = json.get().path("error");
        String type = error.path("type").asText("");
        String message = error.path("message").asText("");
        return type.isEmpty() ? message : message.isEmpty() ? type : type + ": " + message;
    }

    static StopReason stopReason(String wire) {
        return switch (wire) {
            case "end_turn" -> StopReason.END_TURN;
            case "tool_use" -> StopReason.TOOL_USE;
            case "max_tokens" -> StopReason.MAX_TOKENS;
            case "stop_sequence" -> StopReason.STOP_SEQUENCE;
            case "refusal" -> StopReason.REFUSAL;
            default -> StopReason.OTHER;
        };
    }
}
