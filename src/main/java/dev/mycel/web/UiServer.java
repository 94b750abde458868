package dev.mycel.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.websocket.WsConfig;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The UI origin: one-time login, the page and its two static files, the JSON API and the chat
 * WebSocket. Every request passes {@link #gate} first: security headers, then the Host check
 * (DNS rebinding), then the session cookie (everything but {@code /login}), then for anything that
 * changes state the UI's own Origin and a JSON body (CSRF). WebSocket upgrades pass the same
 * checks, Origin included (cross-site WebSocket hijacking).
 */
final class UiServer {
    static final String SESSION = "mycel.session";
    static final String NONCE = "mycel.nonce";

    private UiServer() {
    }

    static Javalin create(UiApi api, AtomicReference<Origins> origins) {
        return Javalin.create(c -> {
            c.jetty.host = "127.0.0.1";
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.modifyServer(server -> server.setErrorHandler(new BareErrors()));
            // Jetty's WebSocket upgrade asks for a servlet session and would mint a JSESSIONID cookie
            // (script-readable, sent to the surface port too). Mycel never uses servlet sessions: they
            // get no cookie and die quickly, and Mycel's own session is the only cookie.
            c.jetty.modifyServletContextHandler(h -> {
                h.getSessionHandler().setUsingCookies(false);
                h.getSessionHandler().setMaxInactiveInterval(30);
            });
            c.http.maxRequestSize = 64 * 1024;
            WebErrors.register(c.routes);
            c.routes.before(ctx -> gate(ctx, api, origins.get()));
            c.routes.wsBeforeUpgrade(ctx -> {
                gate(ctx, api, origins.get());
                if (!origins.get().isUiOrigin(ctx.header("Origin"))) {
                    throw Refused.forbidden();
                }
            });
            c.routes.get("/login", api::login);
            c.routes.get("/", api::page);
            c.routes.get("/surface/{id}", api::page);
            c.routes.get("/app.js", ctx -> api.asset(ctx, "app.js", "text/javascript; charset=utf-8"));
            c.routes.get("/app.css", ctx -> api.asset(ctx, "app.css", "text/css; charset=utf-8"));
            c.routes.get("/api/status", api::status);
            c.routes.get("/api/audit", api::audit);
            c.routes.get("/api/surfaces", api::surfaces);
            c.routes.post("/api/chat", api::chat);
            c.routes.post("/api/confirm", api::confirm);
            c.routes.post("/api/surfaces/{id}/ask", api::ask);
            c.routes.ws("/ws", ws -> socket(ws, api));
        });
    }

    private static void gate(Context ctx, UiApi api, Origins o) {
        if (o == null) {
            throw Refused.misdirected(); // not yet bound: nothing can be checked, so nothing is served
        }
        ctx.attribute(NONCE, SecurityHeaders.ui(ctx, o));
        if (!o.isUiHost(ctx.header("Host"))) {
            throw Refused.misdirected();
        }
        if (!ctx.path().equals("/login")) {
            ctx.attribute(SESSION, api.sessions().find(ctx.cookie(BrowserSessions.COOKIE)).orElseThrow(Refused::unauthenticated));
        }
        if (changesState(ctx.method())) {
            if (!o.isUiOrigin(ctx.header("Origin"))) {
                throw Refused.forbidden();
            }
            String type = ctx.header("Content-Type");
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw Refused.forbidden(); // a cross-site form can't send JSON; one more reason CSRF fails
            }
        }
    }

    private static boolean changesState(HandlerType method) {
        return !(method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS);
    }

    private static void socket(WsConfig ws, UiApi api) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(java.time.Duration.ofHours(1));
            api.sessions().find(ctx.cookie(BrowserSessions.COOKIE)).ifPresentOrElse(
                    s -> api.sockets().opened(s.label(), ctx),
                    () -> ctx.closeSession(1008, "not logged in"));
        });
        ws.onClose(ctx -> api.sockets().closed(ctx));
        ws.onError(ctx -> api.sockets().closed(ctx));
    }
}
