package dev.mycel.ai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Ollama's {@code /api/chat} request: the system prompt as the first message, tools in the
 * {@code {type: function, function: {name, description, parameters}}} envelope, tool calls with
 * their arguments as a JSON object (not a string, unlike OpenAI), results as {@code role: tool}
 * messages carrying {@code tool_name}, and max tokens as {@code options.num_predict}.
 */
final class OllamaWire {
    private OllamaWire() {
    }

    static ObjectNode body(ProviderRequest request, String model) {
        ObjectNode body = StreamedTurn.JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = OpenAiWire.messagesAfterSystem(body, request);
        for (Message m : request.messages()) {
            switch (m) {
                case Message.User u -> messages.addObject().put("role", "user").put("content", u.text());
                case Message.Assistant a -> {
                    ObjectNode out = messages.addObject().put("role", "assistant").put("content", a.text());
                    if (!a.toolCalls().isEmpty()) {
                        ArrayNode calls = out.putArray("tool_calls");
                        for (ToolCall c : a.toolCalls()) {
                            calls.addObject().putObject("function").put("name", c.name()).set("arguments", c.arguments());
                        }
                    }
                }
                case Message.ToolResult r -> messages.addObject().put("role", "tool").put("content", r.content())
                        .put("tool_name", r.toolName());
            }
        }
        if (!request.tools().isEmpty()) {
            body.set("tools", functionTools(request));
        }
        body.put("stream", true);
        body.putObject("options").put("num_predict", request.maxTokens());
        return body;
    }

    /** The function-tool envelope Ollama and OpenAI share. */
    static ArrayNode functionTools(ProviderRequest request) {
        ArrayNode tools = StreamedTurn.JSON.createArrayNode();
        for (ToolDefinition t : request.tools()) {
            tools.addObject().put("type", "function").putObject("function").put("name", t.name())
                    .put("description", t.description()).set("parameters", t.inputSchema());
        }
        return tools;
    }

    /** {@code {"error": "..."}}, Ollama's one error shape. */
    static String errorText(String body) {
        Optional<ObjectNode> json = StreamedTurn.object(body);
        return json.map(j -> j.path("error").asText("")).orElse(body.length() > 120 ? "" : body);
    }
}
