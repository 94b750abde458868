package dev.mycel.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ollama's streamed chat: one JSON object per line, each with a {@code message} whose
 * {@code content} is the next piece of text and whose {@code tool_calls} (whole calls, never
 * fragments) are collected; the line with {@code done: true} ends the turn, its
 * {@code done_reason} giving why. A line {@code {"error": …}} ends it as a failure. Ollama sends no
 * ids for tool calls (older versions) so this makes them up, unique within the turn.
 */
final class OllamaStream implements StreamedTurn.Assembler {
    static final String VENDOR = "Ollama";

    private final StreamListener listener;
    private final StringBuilder text = new StringBuilder();
    private final List<ToolCall> calls = new ArrayList<>();
    private final String idPrefix;

    OllamaStream(StreamListener listener, String idPrefix) {
        this.listener = listener;
        this.idPrefix = idPrefix;
    }

    @Override
    public Optional<ProviderReply> line(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        Optional<ObjectNode> parsed = StreamedTurn.object(line);
        if (parsed.isEmpty()) {
            return Optional.of(StreamedTurn.malformed(VENDOR, "a line that is not a JSON object"));
        }
        ObjectNode chunk = parsed.get();
        if (chunk.hasNonNull("error")) {
            return Optional.of(new Failure(FailureKind.SERVICE_ERROR,
                    VENDOR + " stopped the answer: " + RetryingHttp.oneLine(chunk.path("error").asText())));
        }
        JsonNode message = chunk.path("message");
        String piece = message.path("content").asText("");
        if (!piece.isEmpty()) {
            text.append(piece);
            listener.textDelta(piece);
        }
        for (JsonNode call : message.path("tool_calls")) {
            Optional<ToolCall> c = toolCall(call);
            if (c.isEmpty()) {
                return Optional.of(StreamedTurn.malformed(VENDOR, "a tool call without a name or with arguments that are not an object"));
            }
            calls.add(c.get());
        }
        if (chunk.path("done").asBoolean(false)) {
            return Optional.of(new ProviderReply.Answer(text.toString(), calls, stop(chunk.path("done_reason").asText(""))));
        }
        return Optional.empty();
    }

    @Override
    public ProviderReply ended() {
        return StreamedTurn.malformed(VENDOR, "the stream ended before a line with done: true");
    }

    private Optional<ToolCall> toolCall(JsonNode call) {
        JsonNode function = call.path("function");
        String name = function.path("name").asText("");
        JsonNode args = function.path("arguments");
        // some models' templates produce the arguments as a JSON string rather than an object
        Optional<ObjectNode> arguments = args instanceof ObjectNode o ? Optional.of(o)
                : args.isTextual() ? StreamedTurn.arguments(args.asText())
                : args.isMissingNode() || args.isNull() ? Optional.of(StreamedTurn.JSON.createObjectNode()) : Optional.empty();
        if (name.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        String id = call.path("id").asText("");
        return Optional.of(new ToolCall(id.isEmpty() ? idPrefix + calls.size() : id, name, arguments.get()));
    }

    private StopReason stop(String doneReason) {
        if (!calls.isEmpty()) {
            // Ollama says "stop" even when it stopped to have tools run
            return StopReason.TOOL_USE;
        }
        return switch (doneReason) {
            case "stop", "" -> StopReason.END_TURN;
            case "length" -> StopReason.MAX_TOKENS;
            default -> StopReason.OTHER;
        };
    }
}
