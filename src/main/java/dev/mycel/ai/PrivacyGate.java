package dev.mycel.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.privacy.Pseudonyms;
import dev.mycel.privacy.Redactor;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The privacy layer in front of every provider (invariant 7). For a provider whose placement
 * calls for it (cloud by default, local only when configured) every text of the turn is
 * redacted with the session's pseudonyms before it is sent: the system prompt, the user's
 * words, the model's earlier turns and tool calls, and every tool result (file contents
 * included). What comes back — streamed text, the reply, tool-call arguments — has the
 * placeholders turned back into the real values here, on this machine.
 *
 * <p>The router is the one caller of providers, and it screens each request for the provider
 * it is about to ask, so an escalation from a local model to the cloud is redacted too.
 */
public final class PrivacyGate {
    private final Supplier<Redactor> redactor;
    private final boolean redactCloud;
    private final boolean redactLocal;

    public PrivacyGate(Supplier<Redactor> redactor, boolean redactCloud, boolean redactLocal) {
        this.redactor = redactor;
        this.redactCloud = redactCloud;
        this.redactLocal = redactLocal;
    }

    /** What a provider gets to see of a turn, and how to bring its words back. */
    record Screened(ProviderRequest request, UnaryOperator<String> restore, boolean redacted) {

        /** Asks {@code provider} with the screened request; what it says reaches {@code listener} restored. */
        ProviderReply send(Provider provider, StreamListener listener) {
            if (!redacted) {
                return provider.turn(request, listener);
            }
            RestoringListener restoring = new RestoringListener(restore, listener);
            ProviderReply reply = provider.turn(request, restoring);
            restoring.flush();
            if (!(reply instanceof ProviderReply.Answer a)) {
                return reply;
            }
            List<ToolCall> calls = a.toolCalls().stream()
                    .map(c -> new ToolCall(c.id(), c.name(), (ObjectNode) mapText(c.arguments(), restore))).toList();
            return new ProviderReply.Answer(restore.apply(a.text()), calls, a.stopReason());
        }
    }

    private boolean applies(Placement placement) {
        return placement == Placement.REMOTE ? redactCloud : redactLocal;
    }

    Screened screen(Placement placement, ProviderRequest request, Pseudonyms session) {
        if (!applies(placement)) {
            return new Screened(request, UnaryOperator.identity(), false);
        }
        Redactor r = redactor.get();
        UnaryOperator<String> redact = text -> r.redact(text, session).text();
        List<Message> messages = request.messages().stream().map(m -> redact(m, redact)).toList();
        ProviderRequest screened = new ProviderRequest(request.model(), redact.apply(request.system()), messages,
                request.tools(), request.maxTokens());
        return new Screened(screened, session::restore, true);
    }

    private static Message redact(Message m, UnaryOperator<String> redact) {
        return switch (m) {
            case Message.User u -> new Message.User(redact.apply(u.text()));
            case Message.Assistant a -> new Message.Assistant(redact.apply(a.text()), a.toolCalls().stream()
                    .map(c -> new ToolCall(c.id(), c.name(), (ObjectNode) mapText(c.arguments(), redact))).toList());
            case Message.ToolResult t -> new Message.ToolResult(t.toolCallId(), t.toolName(), redact.apply(t.content()),
                    t.isError());
        };
    }

    /** Every string in a JSON tree passed through {@code f}; keys and other values as they were. */
    static JsonNode mapText(JsonNode node, UnaryOperator<String> f) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(f.apply(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), mapText(e.getValue(), f));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> out.add(mapText(e, f)));
            return out;
        }
        return node;
    }
}
