package dev.mycel.web;

import dev.mycel.config.WebSettings;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The browser side of Mycel: the UI on {@code 127.0.0.1:port} and, on a second port (so a second
 * origin), the surface server. Both bind to the loopback address only. Browser sessions, login
 * tokens and surfaces live in this object's memory, so stopping it ends every browser session.
 *
 * <p>The runtime starts it (when {@code [web] enabled}), gives it one {@link WebBackend}, and uses
 * {@link #loginLink()} for {@code ui.login} and {@link #publish} for {@code surface.create} and the
 * AI's show-surface tool.
 */
public final class WebServer implements AutoCloseable {
    static final Duration SESSION_IDLE = Duration.ofHours(24);

    private final Javalin ui;
    private final Javalin surfaceApp;
    private final Origins origins;
    private final LoginLinks logins;
    private final SurfaceStore store;
    private final ChatSockets sockets;

    private WebServer(Javalin ui, Javalin surfaceApp, Origins origins, LoginLinks logins, SurfaceStore store, ChatSockets sockets) {
        this.ui = ui;
        this.surfaceApp = surfaceApp;
        this.origins = origins;
        this.logins = logins;
        this.store = store;
        this.sockets = sockets;
    }

    /** Starts both servers; a port that is taken fails here, before anything is served. */
    public static WebServer start(WebSettings settings, WebBackend backend) {
        return start(settings, backend, InstantSource.system());
    }

    static WebServer start(WebSettings settings, WebBackend backend, InstantSource clock) {
        // Until both ports are known every request is refused: the checks need them.
        AtomicReference<Origins> origins = new AtomicReference<>();
        LoginLinks logins = new LoginLinks(clock);
        SurfaceStore store = new SurfaceStore(settings.maxSurfaces(), settings.maxSurfaceBytes(), clock);
        ChatSockets sockets = new ChatSockets();
        UiApi api = new UiApi(backend, logins, new BrowserSessions(clock, SESSION_IDLE), store, sockets, origins);
        Javalin surfaceApp = SurfaceServer.create(store, origins).start("127.0.0.1", settings.surfacePort());
        Javalin ui;
        try {
            ui = UiServer.create(api, origins).start("127.0.0.1", settings.port());
        } catch (RuntimeException e) {
            surfaceApp.stop();
            throw e;
        }
        Origins bound = new Origins(ui.port(), surfaceApp.port());
        origins.set(bound);
        return new WebServer(ui, surfaceApp, bound, logins, store, sockets);
    }

    /** The UI's address, for {@code status}; it opens nothing without a login. */
    public URI url() {
        return URI.create(origins.uiBase() + "/");
    }

    /** A fresh one-time login link to the UI, good for one use within a minute. */
    public URI loginLink() {
        return link("/");
    }

    /**
     * Stores an AI-written page and tells every open UI about it; the returned URL is a one-time
     * login link that opens this surface. Static pages are sanitized now. Throws
     * IllegalArgumentException when the page is over the configured size.
     */
    public SurfaceRef publish(String title, String html, SurfaceKind kind) {
        SurfaceStore.Surface s = store.add(title, html, kind);
        sockets.broadcast(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("type", "surface").set("surface", UiApi.describe(s, origins)));
        return new SurfaceRef(s.id(), link("/surface/" + s.id()));
    }

    private URI link(String next) {
        // Where the link leads is bound to the token on the server, not read from the URL: nothing a
        // page can put into a login URL redirects anywhere.
        return URI.create(origins.uiBase() + "/login?t=" + logins.issue(next).value());
    }

    SurfaceStore store() {
        return store;
    }

    int surfacePort() {
        return origins.surfacePort();
    }

    @Override
    public void close() {
        ui.stop();
        surfaceApp.stop();
    }
}
