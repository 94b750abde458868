package dev.mycel.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.owasp.encoder.Encode;

/**
 * The UI's handlers. They run after {@link UiServer}'s gate, so each one already has a logged-in
 * browser session (except {@link #login}) and, for POSTs, a same-origin JSON request. Requests become
 * backend calls under that session's label; nothing here runs anything itself.
 */
final class UiApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 20_000;
    private static final int MAX_AUDIT = 200;

    private final WebBackend backend;
    private final LoginLinks logins;
    private final BrowserSessions sessions;
    private final SurfaceStore surfaces;
    private final ChatSockets sockets;
    private final AtomicReference<Origins> origins;
    private final Set<String> turning = ConcurrentHashMap.newKeySet();
    private final String pageTemplate = resource("index.html");
    private final Map<String, String> assets = Map.of("app.js", resource("app.js"), "app.css", resource("app.css"));

    UiApi(WebBackend backend, LoginLinks logins, BrowserSessions sessions, SurfaceStore surfaces,
          ChatSockets sockets, AtomicReference<Origins> origins) {
        this.backend = backend;
        this.logins = logins;
        this.sessions = sessions;
        this.surfaces = surfaces;
        this.sockets = sockets;
        this.origins = origins;
    }

    BrowserSessions sessions() {
        return sessions;
    }

    ChatSockets sockets() {
        return sockets;
    }

    void login(Context ctx) {
        String next = logins.redeem(ctx.queryParam("t")).orElse(null);
        if (next == null) {
            ctx.status(403).contentType("text/html; charset=utf-8").result(notice(
                    "This login link is spent or expired. Run ./mycel ui for a new one."));
            return;
        }
        Secret cookie = sessions.open();
        // Written by hand so every flag is visible: no Max-Age (gone with the browser), no Domain (this host only).
        ctx.header("Set-Cookie", BrowserSessions.COOKIE + "=" + cookie.value() + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void page(Context ctx) {
        String nonce = ctx.attribute(UiServer.NONCE);
        ctx.contentType("text/html; charset=utf-8").result(pageTemplate.replace("{{nonce}}", Encode.forHtmlAttribute(nonce)));
    }

    void asset(Context ctx, String name, String type) {
        ctx.contentType(type).result(assets.get(name));
    }

    void status(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        o.set("runtime", backend.status());
        o.put("session", session(ctx));
        json(ctx, o);
    }

    void audit(Context ctx) {
        int n = Math.clamp(parseCount(ctx.queryParam("n")), 1, MAX_AUDIT);
        ArrayNode a = JSON.createArrayNode();
        backend.auditTail(n).forEach(a::add);
        json(ctx, a);
    }

    void surfaces(Context ctx) {
        ArrayNode a = JSON.createArrayNode();
        surfaces.all().forEach(s -> a.add(describe(s, origins.get())));
        json(ctx, a);
    }

    void chat(Context ctx) {
        String message = text(body(ctx), "message", MAX_MESSAGE);
        startTurn(ctx, new ChatInput.Typed(message));
    }

    void confirm(Context ctx) {
        JsonNode body = body(ctx);
        String actionId = text(body, "actionId", 200);
        Approval approval = Approval.fromWire(body.path("approval").asText(""))
                .orElseThrow(() -> Refused.badRequest("approval must be once, session or deny"));
        if (!backend.confirm(session(ctx), actionId, approval)) {
            throw Refused.notFound();
        }
        json(ctx, JSON.createObjectNode().put("actionId", actionId).put("approval", approval.wireName()));
    }

    /** An interactive surface's postMessage, vetted by the UI's script and vetted again here. */
    void ask(Context ctx) {
        SurfaceStore.Surface s = surfaces.find(ctx.pathParam("id"))
                .filter(found -> found.kind() == SurfaceKind.INTERACTIVE)
                .orElseThrow(Refused::notFound);
        String text = text(body(ctx), "text", 2_000);
        if (!surfaces.mayAsk(s.id())) {
            throw Refused.tooMany();
        }
        startTurn(ctx, new ChatInput.FromSurface(s.id(), s.title(), text));
    }

    private void startTurn(Context ctx, ChatInput input) {
        String session = session(ctx);
        if (!turning.add(session)) {
            throw Refused.busy("A reply is still coming; wait for it to finish.");
        }
        Thread.ofVirtual().name("web-turn-" + session).start(() -> runTurn(session, input));
        ctx.status(202);
        json(ctx, JSON.createObjectNode().put("accepted", true));
    }

    private void runTurn(String session, ChatInput input) {
        try {
            backend.chat(session, input, event -> sockets.send(session, event));
        } catch (RuntimeException e) {
            // The backend's own error mapping failed; the browser hears a plain failure, the log the rest.
            java.util.logging.Logger.getLogger(UiApi.class.getName()).log(java.util.logging.Level.WARNING, "chat turn failed", e);
            sockets.send(session, new ChatEvent.Failed("The turn failed inside Mycel; see the runtime log."));
        } finally {
            turning.remove(session);
        }
    }

    static ObjectNode describe(SurfaceStore.Surface s, Origins o) {
        return JSON.createObjectNode().put("id", s.id()).put("title", s.title())
                .put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("src", o.surfaceBase() + "/s/" + s.id() + "/" + s.capability().value())
                .put("created", s.created().toString());
    }

    private static String session(Context ctx) {
        BrowserSessions.BrowserSession s = ctx.attribute(UiServer.SESSION);
        return s.label();
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw Refused.badRequest("expected a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Refused.badRequest("Malformed JSON.");
        }
    }

    private static String text(JsonNode body, String field, int max) {
        JsonNode v = body.path(field);
        if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > max) {
            throw Refused.badRequest(field + " must be text of 1 to " + max + " characters");
        }
        return v.asText();
    }

    private static int parseCount(String n) {
        if (n == null || !n.matches("[0-9]{1,4}")) {
            return 50;
        }
        return Integer.parseInt(n);
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }

    /** A tiny script-free page; the text is escaped like anything Mycel writes into its pages. */
    static String notice(String text) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mycel</title></head><body><p>"
                + Encode.forHtml(text) + "</p></body></html>";
    }

    static String resource(String name) {
        try (InputStream in = UiApi.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /web/" + name + " in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
