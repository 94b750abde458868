package dev.mycel.ai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The Chat Completions request: the system prompt as a {@code system} message, assistant tool
 * calls as {@code {id, type: function, function: {name, arguments}}} with the arguments as a
 * JSON string, results as {@code role: tool} messages with {@code tool_call_id}.
 * {@code max_tokens} rather than the newer {@code max_completion_tokens}: the servers this is for
 * (llama.cpp, vLLM, LM Studio and other compatible ones) know the older name.
 */
final class OpenAiWire {
    private OpenAiWire() {
    }

    /** The {@code messages} array both OpenAI-style wires share, opened with the system prompt when there is one. */
    static ArrayNode messagesAfterSystem(ObjectNode body, ProviderRequest request) {
        ArrayNode messages = body.putArray("messages");
        if (!request.system().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        return messages;
    }

    static ObjectNode body(ProviderRequest request, String model) {
        ObjectNode body = StreamedTurn.JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = messagesAfterSystem(body, request);
        for (Message m : request.messages()) {
            switch (m) {
                case Message.User u -> messages.addObject().put("role", "user").put("content", u.text());
                case Message.Assistant a -> {
                    ObjectNode out = messages.addObject().put("role", "assistant");
                    if (a.text().isEmpty() && !a.toolCalls().isEmpty()) {
                        out.putNull("content");
                    } else {
                        out.put("content", a.text());
                    }
                    if (!a.toolCalls().isEmpty()) {
                        ArrayNode calls = out.putArray("tool_calls");
                        for (ToolCall c : a.toolCalls()) {
                            calls.addObject().put("id", c.id()).put("type", "function").putObject("function")
                                    .put("name", c.name()).put("arguments", StreamedTurn.body(c.arguments()));
                        }
                    }
                }
                case Message.ToolResult r -> messages.addObject().put("role", "tool").put("tool_call_id", r.toolCallId())
                        .put("content", r.content());
            }
        }
        if (!request.tools().isEmpty()) {
            body.set("tools", OllamaWire.functionTools(request));
        }
        body.put("max_tokens", request.maxTokens());
        body.put("stream", true);
        return body;
    }

    /** {@code {"error": {"message": …, "type": …}}}; some servers send {@code {"error": "…"}}. */
    static String errorText(String body) {
        Optional<ObjectNode> json = StreamedTurn.object(body);
        if (json.isEmpty()) {
            return body.length() > 120 ? "" : body;
        }
        var error = json.get().path("error");
        return error.isTextual() ? error.asText() : error.path("message").asText(json.get().path("message").asText(""));
    }

    static StopReason stopReason(String finish) {
        return switch (finish) {
            case "stop" -> StopReason.END_TURN;
            case "tool_calls", "function_call" -> StopReason.TOOL_USE;
            case "length" -> StopReason.MAX_TOKENS;
            case "content_filter" -> StopReason.REFUSAL;
            default -> StopReason.OTHER;
        };
    }
}
