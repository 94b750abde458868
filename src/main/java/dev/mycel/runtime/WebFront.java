package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.config.Places;
import dev.mycel.config.WebSettings;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.policy.Action;
import dev.mycel.policy.Context;
import dev.mycel.web.SurfaceKind;
import dev.mycel.web.SurfaceRef;
import dev.mycel.web.WebBackend;
import dev.mycel.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The runtime's side of the web UI: starts and stops the {@link WebServer}, hands out login links
 * ({@code ui.login}), and publishes surfaces, both the model's ({@code show_surface}) and the
 * user's ({@code surface.create}). Every surface is an {@link Action.ShowSurface} on the action
 * pipeline first, so it is judged and audited like any other action.
 */
final class WebFront implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WebFront.class.getName());
    /** How long a login or a surface waits for a web server that is still starting. */
    private static final Duration START_WAIT = Duration.ofSeconds(20);

    /** Where the web side is: off by config, up, or failed to start (and why, for the user). */
    sealed interface State {
        record Off() implements State {
        }

        record Running(WebServer server) implements State {
        }

        record Failed(String why) implements State {
        }
    }

    private final WebSettings settings;
    private final Places places;
    private final CompletableFuture<State> state = new CompletableFuture<>();
    private volatile ActionPipeline actions;

    record SurfaceParams(String title, String html, @Params.Omittable Boolean interactive) {
    }

    WebFront(WebSettings settings, Places places) {
        this.settings = settings;
        this.places = places;
    }

    /** The pipeline is built after this object (the agent's tools publish through it). */
    void actions(ActionPipeline pipeline) {
        this.actions = pipeline;
    }

    /**
     * Starts both web servers when {@code [web] enabled}, on a thread of their own: Jetty's start
     * costs about a second, which the socket does not wait for. A port that is taken is reported in
     * the log, by {@code status} and by every web method, in one line that says what to change.
     */
    void start(WebBackend backend) {
        if (!settings.enabled()) {
            state.complete(new State.Off());
            return;
        }
        Thread.ofVirtual().name("mycel-web-start").start(() -> {
            try {
                WebServer server = WebServer.start(settings, backend);
                if (!state.complete(new State.Running(server))) {
                    server.close(); // the runtime stopped while the server was starting
                }
            } catch (RuntimeException e) {
                String why = "the web UI cannot listen on 127.0.0.1:" + settings.port() + " and :" + settings.surfacePort()
                        + " (" + e.getMessage() + "); set [web] port and surface_port to free ports (0 picks any) "
                        + "or enabled = false, then restart the runtime";
                LOG.warning(why);
                state.complete(new State.Failed(why));
            }
        });
    }

    /** What {@code status} shows; never waits. */
    ObjectNode describe() {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("enabled", settings.enabled());
        switch (state.getNow(null)) {
            case null -> out.put("starting", true);
            case State.Off off -> { }
            case State.Running r -> out.put("url", r.server().url().toString());
            case State.Failed f -> out.put("problem", f.why());
        }
        return out;
    }

    private State awaitStarted() {
        try {
            return state.get(START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new State.Failed("the web UI is still starting; try again in a moment");
        } catch (ExecutionException e) {
            return new State.Failed("the web UI did not start: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new State.Failed("the runtime is stopping");
        }
    }

    /** No web server to use; the message is the one line for the user. */
    private static final class Unavailable extends Exception {
        Unavailable(String why) {
            super(why, null, false, false);
        }
    }

    private WebServer running() throws Unavailable {
        return switch (awaitStarted()) {
            case State.Running r -> r.server();
            case State.Off off -> throw new Unavailable(
                    "the web UI is off; set [web] enabled = true in the config and restart the runtime");
            case State.Failed f -> throw new Unavailable(f.why());
        };
    }

    /** Why a page cannot be shown, before anything is judged or run: no web UI, or the page is too large. */
    Optional<String> refusal(String html) {
        try {
            running();
        } catch (Unavailable e) {
            return Optional.of(e.getMessage() + "; no page can be shown");
        }
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > settings.maxSurfaceBytes()) {
            return Optional.of("the page is " + bytes + " bytes; the limit is " + settings.maxSurfaceBytes()
                    + " ([web] max_surface_kb)");
        }
        return Optional.empty();
    }

    /** Publishes a page the pipeline has allowed (after {@link #refusal}); static pages are sanitized on the way in. */
    SurfaceRef publish(String title, String html, boolean interactive) {
        try {
            return running().publish(title, html, interactive ? SurfaceKind.INTERACTIVE : SurfaceKind.STATIC);
        } catch (Unavailable e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code ui.login}: a one-time link into the UI. */
    Reply login(Call call) {
        try {
            return new Reply.Result(JsonNodeFactory.instance.objectNode().put("url", running().loginLink().toString()));
        } catch (Unavailable e) {
            return Reply.failure(ErrorCode.INVALID_REQUEST, e.getMessage());
        }
    }

    /** {@code surface.create}: the user's own page, judged, audited and published; the link opens it. */
    Reply create(Call call) {
        return switch (Params.bind(call.params(), SurfaceParams.class)) {
            case Params.Bound.Bad<SurfaceParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<SurfaceParams> ok -> create(call, ok.value());
        };
    }

    private Reply create(Call call, SurfaceParams p) {
        if (p.title() == null || p.title().isBlank() || p.html() == null) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "surface.create needs a title and html");
        }
        try {
            running();
        } catch (Unavailable e) {
            return Reply.failure(ErrorCode.INVALID_REQUEST, e.getMessage());
        }
        Optional<String> refused = refusal(p.html());
        if (refused.isPresent()) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, refused.get());
        }
        Action.ShowSurface show = new Action.ShowSurface(p.title(), p.html().getBytes(StandardCharsets.UTF_8).length);
        Context context = new Context(places.home(), places.home(), call.session().label());
        return switch (actions.perform(call, ActionPipeline.Request.of(show, Duration.ZERO), context)) {
            case ActionPipeline.Outcome.Shown shown -> {
                SurfaceRef ref = publish(p.title(), p.html(), Boolean.TRUE.equals(p.interactive()));
                yield new Reply.Result(JsonNodeFactory.instance.objectNode().put("id", ref.id()).put("url", ref.url().toString()));
            }
            case ActionPipeline.Outcome.Refused no -> Reply.failure(no.code(), no.reason());
            default -> Reply.failure(ErrorCode.INTERNAL_ERROR, "showing a page did something else");
        };
    }

    /** Stops the servers, now or, when they are still starting, as soon as they are up; ends every browser session. */
    @Override
    public void close() {
        state.complete(new State.Off());
        state.thenAccept(s -> {
            if (s instanceof State.Running r) {
                r.server().close();
            }
        });
    }
}
