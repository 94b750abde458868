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
 * The Chat Completions stream: SSE {@code data:} chunks, each with {@code choices[0].delta};
 * {@code delta.content} is streamed to the listener, {@code delta.tool_calls} are fragments keyed
 * by {@code index} (the first carries {@code id} and {@code function.name}, later ones more of
 * {@code function.arguments}) that are joined per index; {@code finish_reason} says why it stopped
 * and {@code data: [DONE]} ends the stream. Chunks with no choices (usage) are skipped.
 */
final class OpenAiStream implements StreamedTurn.Assembler {
    static final String VENDOR = "the OpenAI-compatible server";

    private static final class Fragments {
        String id = "";
        String name = "";
        final StringBuilder arguments = new StringBuilder();
    }

    private final Sse sse = new Sse();
    private final StreamListener listener;
    private final String idPrefix;
    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, Fragments> calls = new TreeMap<>();
    private StopReason stop;

    OpenAiStream(StreamListener listener, String idPrefix) {
        this.listener = listener;
        this.idPrefix = idPrefix;
    }

    @Override
    public Optional<ProviderReply> line(String line) {
        return sse.line(line).flatMap(this::event);
    }

    /** Some servers close without {@code [DONE]} after the last chunk; a finish_reason is proof enough. */
    @Override
    public ProviderReply ended() {
        return stop == null ? StreamedTurn.malformed(VENDOR, "the stream ended without a finish_reason or [DONE]") : finish();
    }

    private Optional<ProviderReply> event(Sse.Event e) {
        if (e.data().strip().equals("[DONE]")) {
            return Optional.of(stop == null ? StreamedTurn.malformed(VENDOR, "[DONE] before any finish_reason") : finish());
        }
        Optional<ObjectNode> parsed = StreamedTurn.object(e.data());
        if (parsed.isEmpty()) {
            return Optional.of(StreamedTurn.malformed(VENDOR, "a data line that is not a JSON object"));
        }
        ObjectNode chunk = parsed.get();
        if (chunk.hasNonNull("error")) {
            return Optional.of(new Failure(FailureKind.SERVICE_ERROR, VENDOR + " stopped the answer: "
                    + RetryingHttp.oneLine(OpenAiWire.errorText(e.data()))));
        }
        JsonNode choice = chunk.path("choices").path(0);
        if (choice.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode delta = choice.path("delta");
        JsonNode content = delta.path("content");
        if (content.isTextual() && !content.asText().isEmpty()) {
            text.append(content.asText());
            listener.textDelta(content.asText());
        }
        for (JsonNode fragment : delta.path("tool_calls")) {
            Fragments f = calls.computeIfAbsent(fragment.path("index").asInt(calls.size()), i -> new Fragments());
            if (fragment.path("id").isTextual() && f.id.isEmpty()) {
                f.id = fragment.path("id").asText();
            }
            String name = fragment.path("function").path("name").asText("");
            if (f.name.isEmpty()) {
                f.name = name;
            }
            f.arguments.append(fragment.path("function").path("arguments").asText(""));
        }
        if (choice.path("finish_reason").isTextual()) {
            stop = OpenAiWire.stopReason(choice.path("finish_reason").asText());
        }
        return Optional.empty();
    }

    private ProviderReply finish() {
        List<ToolCall> out = new ArrayList<>();
        for (var e : calls.entrySet()) {
            Fragments f = e.getValue();
            Optional<ObjectNode> args = StreamedTurn.arguments(f.arguments.toString());
            if (f.name.isEmpty() || args.isEmpty()) {
                return StreamedTurn.malformed(VENDOR, "tool call " + e.getKey() + " has no name or its arguments are not a JSON object");
            }
            out.add(new ToolCall(f.id.isEmpty() ? idPrefix + e.getKey() : f.id, f.name, args.get()));
        }
        return new ProviderReply.Answer(text.toString(), out, stop);
    }
}
