package dev.mycel.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.ProviderReply.Failure;
import dev.mycel.ai.ProviderReply.FailureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Messages API event stream, assembled into one reply: {@code message_start}, then per content
 * block {@code content_block_start} (text or tool_use), its {@code content_block_delta}s
 * ({@code text_delta} streamed to the listener, {@code input_json_delta} fragments collected) and
 * {@code content_block_stop}; {@code message_delta} carries the stop reason and
 * {@code message_stop} ends the turn. {@code ping} is a keep-alive, {@code error} ends the turn as
 * a failure. Block and event types this code does not know (thinking, new ones) are skipped, as
 * the API documentation asks of clients.
 */
final class AnthropicStream implements StreamedTurn.Assembler {
    static final String VENDOR = "Anthropic";

    private sealed interface Block {
    }

    private record Text(StringBuilder text) implements Block {
    }

    private record Tool(String id, String name, StringBuilder json) implements Block {
    }

    private record Skipped() implements Block {
    }

    private final Sse sse = new Sse();
    private final StreamListener listener;
    private final Map<Integer, Block> blocks = new TreeMap<>();
    private boolean started;
    private StopReason stop = StopReason.OTHER;

    AnthropicStream(StreamListener listener) {
        this.listener = listener;
    }

    @Override
    public Optional<ProviderReply> line(String line) {
        return sse.line(line).flatMap(this::event);
    }

    @Override
    public ProviderReply ended() {
        return StreamedTurn.malformed(VENDOR, started ? "the stream ended before message_stop" : "no message_start");
    }

    private Optional<ProviderReply> event(Sse.Event e) {
        Optional<ObjectNode> parsed = StreamedTurn.object(e.data());
        if (parsed.isEmpty()) {
            return bad("a " + e.name() + " event whose data is not a JSON object");
        }
        ObjectNode data = parsed.get();
        String type = data.path("type").asText(e.name());
        if (!started && !type.equals("message_start") && !type.equals("ping") && !type.equals("error")) {
            return bad(type + " before message_start");
        }
        return switch (type) {
            case "message_start" -> {
                started = true;
                yield Optional.empty();
            }
            case "content_block_start" -> start(data);
            case "content_block_delta" -> delta(data);
            case "content_block_stop", "ping" -> Optional.empty();
            case "message_delta" -> {
                JsonNode reason = data.path("delta").path("stop_reason");
                if (reason.isTextual()) {
                    stop = AnthropicWire.stopReason(reason.asText());
                }
                yield Optional.empty();
            }
            case "message_stop" -> Optional.of(finish());
            case "error" -> Optional.of(error(data.path("error")));
            default -> Optional.empty();
        };
    }

    private Optional<ProviderReply> start(ObjectNode data) {
        JsonNode block = data.path("content_block");
        int index = data.path("index").asInt(-1);
        if (index < 0 || blocks.containsKey(index)) {
            return bad("content_block_start with a missing or repeated index");
        }
        switch (block.path("type").asText()) {
            case "text" -> {
                String initial = block.path("text").asText("");
                blocks.put(index, new Text(new StringBuilder(initial)));
                if (!initial.isEmpty()) {
                    listener.textDelta(initial);
                }
            }
            case "tool_use" -> {
                String id = block.path("id").asText("");
                String name = block.path("name").asText("");
                if (id.isEmpty() || name.isEmpty()) {
                    return bad("a tool_use block without id or name");
                }
                blocks.put(index, new Tool(id, name, new StringBuilder()));
            }
            default -> blocks.put(index, new Skipped());
        }
        return Optional.empty();
    }

    private Optional<ProviderReply> delta(ObjectNode data) {
        Block block = blocks.get(data.path("index").asInt(-1));
        if (block == null) {
            return bad("content_block_delta for a block that was never started");
        }
        JsonNode delta = data.path("delta");
        String type = delta.path("type").asText();
        switch (block) {
            case Text t when type.equals("text_delta") -> {
                String piece = delta.path("text").asText("");
                t.text().append(piece);
                if (!piece.isEmpty()) {
                    listener.textDelta(piece);
                }
            }
            case Tool t when type.equals("input_json_delta") -> t.json().append(delta.path("partial_json").asText(""));
            case Text t when type.equals("input_json_delta") -> {
                return bad("input_json_delta in a text block");
            }
            case Tool t when type.equals("text_delta") -> {
                return bad("text_delta in a tool_use block");
            }
            case Text t -> {
                // citations and other annotations of a text block: the text itself is what counts
            }
            case Tool t -> {
                // no other delta belongs to a tool_use block today; skip rather than guess
            }
            case Skipped s -> {
                // thinking and other block types are not shown
            }
        }
        return Optional.empty();
    }

    private ProviderReply finish() {
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (Block b : blocks.values()) {
            switch (b) {
                case Text t -> text.append(t.text());
                case Tool t -> {
                    Optional<ObjectNode> args = StreamedTurn.arguments(t.json().toString());
                    if (args.isEmpty()) {
                        return StreamedTurn.malformed(VENDOR, "the arguments of tool " + t.name() + " are not a JSON object");
                    }
                    calls.add(new ToolCall(t.id(), t.name(), args.get()));
                }
                case Skipped s -> {
                    // not part of the answer
                }
            }
        }
        return new ProviderReply.Answer(text.toString(), calls, stop);
    }

    private static Failure error(JsonNode error) {
        String type = error.path("type").asText("error");
        FailureKind kind = switch (type) {
            case "overloaded_error", "rate_limit_error" -> FailureKind.OVERLOADED;
            case "invalid_request_error", "authentication_error", "permission_error", "not_found_error",
                 "request_too_large" -> FailureKind.REJECTED;
            default -> FailureKind.SERVICE_ERROR;
        };
        String message = RetryingHttp.oneLine(error.path("message").asText(""));
        return new Failure(kind, VENDOR + " stopped the answer with " + type + (message.isEmpty() ? "" : ": " + message));
    }

    private static Optional<ProviderReply> bad(String what) {
        return Optional.of(StreamedTurn.malformed(VENDOR, what));
    }
}
