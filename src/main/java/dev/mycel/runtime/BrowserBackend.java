package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.audit.AuditEvent;
import dev.mycel.audit.AuditLog;
import dev.mycel.config.AiSettings.Mode;
import dev.mycel.config.Places;
import dev.mycel.ipc.Session;
import dev.mycel.ipc.Sessions;
import dev.mycel.policy.Context;
import dev.mycel.policy.Decision;
import dev.mycel.policy.Finding;
import dev.mycel.policy.Risk;
import dev.mycel.web.Approval;
import dev.mycel.web.ChatEvent;
import dev.mycel.web.ChatInput;
import dev.mycel.web.PendingAction;
import dev.mycel.web.WebBackend;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What the web UI asks of the runtime. Each browser session gets a runtime {@link Session} of its
 * own, opened like a socket client's after auth (the browser proved the token when it used a
 * login link), so it has its own conversation, approvals and confirmations: a pending action of
 * one browser can be answered by that browser only, never by another one or by a socket client
 * (invariant 8). A turn runs the same {@link ChatTurn} as the socket's {@code chat}.
 */
final class BrowserBackend implements WebBackend {
    private static final Logger LOG = Logger.getLogger(BrowserBackend.class.getName());

    private final Sessions sessions;
    private final Conversations conversations;
    private final Confirmations confirmations;
    private final ChatTurn turn;
    private final Mode mode;
    private final Places places;
    private final Audit audit;
    private final StatusMethod status;
    private final Map<String, Session> byBrowser = new ConcurrentHashMap<>();

    BrowserBackend(Sessions sessions, Conversations conversations, Confirmations confirmations, ChatTurn turn, Mode mode,
                   Places places, Audit audit, StatusMethod status) {
        this.sessions = sessions;
        this.conversations = conversations;
        this.confirmations = confirmations;
        this.turn = turn;
        this.mode = mode;
        this.places = places;
        this.audit = audit;
        this.status = status;
    }

    @Override
    public void chat(String browser, ChatInput input, Consumer<ChatEvent> events) {
        Session session = sessionOf(browser);
        Conversation conversation = conversations.of(session);
        if (!conversation.tryBeginTurn()) {
            events.accept(new ChatEvent.Failed("A reply is still coming in this session; wait for it to finish."));
            return;
        }
        try {
            Call call = new Call("chat", null, new Caller.Browser(browser), session, (method, params) -> forward(method, params, events));
            Context context = new Context(places.home(), places.home(), session.label());
            events.accept(switch (turn.run(call, conversation, mode, context, message(input))) {
                case Reply.Result r -> new ChatEvent.Finished(r.value().path("reply").asText());
                case Reply.Failure f -> new ChatEvent.Failed(f.error().message());
            });
        } finally {
            conversation.endTurn();
        }
    }

    /** A surface's words are the AI's words: the model is told where they came from. */
    private static String message(ChatInput input) {
        return switch (input) {
            case ChatInput.Typed t -> t.text();
            case ChatInput.FromSurface s -> "(Sent by the interactive page \"" + s.surfaceTitle()
                    + "\" that you showed, not typed by the user.) " + s.text();
        };
    }

    private static void forward(String method, JsonNode params, Consumer<ChatEvent> events) {
        switch (method) {
            case "chat.delta" -> events.accept(new ChatEvent.Delta(params.path("text").asText()));
            case "action.pending" -> events.accept(new ChatEvent.Pending(pending(params)));
            case "action.resolved" -> events.accept(new ChatEvent.Resolved(params.path("actionId").asText(),
                    params.path("decision").asText()));
            default -> LOG.fine("no browser event for " + method);
        }
    }

    /** The card's content, from the same {@code action.pending} a socket client gets. */
    static PendingAction pending(JsonNode p) {
        JsonNode action = p.path("action");
        boolean code = action.path("kind").asText().equals("run_code");
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : p.path("findings")) {
            findings.add(new Finding(f.path("rule").asText(), f.path("message").asText(), f.path("line").asInt(),
                    Decision.valueOf(f.path("decision").asText("confirm").toUpperCase(Locale.ROOT)), risk(f)));
        }
        return new PendingAction(p.path("actionId").asText(), p.path("summary").asText(), risk(p), p.path("reason").asText(),
                code ? action.path("language").asText() : "", code ? action.path("code").asText() : "", findings);
    }

    private static Risk risk(JsonNode node) {
        return Risk.valueOf(node.path("risk").asText("medium").toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean confirm(String browser, String actionId, Approval approval) {
        Session session = byBrowser.get(browser);
        return session != null && confirmations.answer(session, actionId, approval != Approval.DENY,
                approval == Approval.SESSION) != Confirmations.Answered.NO_SUCH_ACTION;
    }

    @Override
    public List<JsonNode> auditTail(int n) {
        try {
            return List.copyOf(AuditLog.tailEntries(AuditLog.fileIn(places.dataDir()), n));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the audit log cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public JsonNode status() {
        return status.facts();
    }

    /** The browser's runtime session; a new one when it has none yet or its old one expired from disuse. */
    private Session sessionOf(String browser) {
        return byBrowser.compute(browser, (label, known) -> {
            if (known != null && sessions.touch(known)) {
                return known;
            }
            Session s = sessions.open(System.getProperty("user.name", "browser"));
            LOG.info("session " + s.label() + " opened for browser session " + label);
            try {
                audit.append(new AuditEvent.SessionOpened(s.label(), Places.currentUid()));
            } catch (IOException | IllegalArgumentException e) {
                LOG.severe("could not write an audit entry: " + e.getMessage());
            }
            return s;
        });
    }
}
