package dev.mycel.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.policy.Finding;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open WebSockets, by browser session: a chat turn's events go to every tab of the session
 * that started it; a new surface goes to every session. The browser never sends anything that
 * matters over a socket (all requests are ordinary POSTs under the Origin check), so incoming
 * frames are ignored.
 */
final class ChatSockets {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Set<WsContext>> bySession = new ConcurrentHashMap<>();

    void opened(String session, WsContext ws) {
        bySession.computeIfAbsent(session, k -> ConcurrentHashMap.newKeySet()).add(ws);
    }

    void closed(WsContext ws) {
        bySession.values().forEach(set -> set.remove(ws));
    }

    void send(String session, ChatEvent event) {
        sendTo(bySession.getOrDefault(session, Set.of()), encode(event).toString());
    }

    void broadcast(ObjectNode message) {
        String text = message.toString();
        bySession.values().forEach(set -> sendTo(set, text));
    }

    private static void sendTo(Set<WsContext> sockets, String text) {
        for (WsContext ws : sockets) {
            // Jetty allows one outstanding write per socket; turns and broadcasts run on many threads.
            synchronized (ws) {
                if (ws.session.isOpen()) {
                    ws.send(text);
                }
            }
        }
    }

    static ObjectNode encode(ChatEvent event) {
        ObjectNode o = JSON.createObjectNode();
        switch (event) {
            case ChatEvent.Delta d -> o.put("type", "delta").put("text", d.text());
            case ChatEvent.Pending p -> o.put("type", "pending").set("action", encode(p.action()));
            case ChatEvent.Resolved r -> o.put("type", "resolved").put("actionId", r.actionId()).put("decision", r.decision());
            case ChatEvent.Finished f -> o.put("type", "finished").put("reply", f.reply());
            case ChatEvent.Failed f -> o.put("type", "failed").put("message", f.message());
        }
        return o;
    }

    private static ObjectNode encode(PendingAction a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("actionId", a.actionId()).put("summary", a.summary()).put("risk", a.risk().wireName())
                .put("reason", a.reason()).put("language", a.language()).put("code", a.code());
        ArrayNode findings = o.putArray("findings");
        for (Finding f : a.findings()) {
            findings.addObject().put("rule", f.rule()).put("message", f.message()).put("line", f.line())
                    .put("risk", f.risk().wireName());
        }
        return o;
    }
}
