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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The runtime's side of the web UI: starts and stops the {@link WebServer}, hands out login links
 * ({@code ui.login}), and publishes surfaces, both the model's ({@code show_surface}) and the
 * user's ({@code surface.create}). Every surface is an {@link Action.ShowSurface} on the action
 * pipeline first, so it is judged and audited like any other action.
 */
final class WebFront implements AutoCloseable {
    private final WebSettings settings;
    private final Places places;
    private volatile ActionPipeline actions;
    private volatile WebServer server;

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

    /** Starts both web servers when {@code [web] enabled}; a port that is taken fails the runtime's start. */
    void start(WebBackend backend) {
        if (settings.enabled()) {
            server = WebServer.start(settings, backend);
        }
    }

    Optional<URI> url() {
        WebServer s = server;
        return s == null ? Optional.empty() : Optional.of(s.url());
    }

    /** Why a page cannot be shown, before anything is judged or run: the UI is off, or it is too large. */
    Optional<String> refusal(String html) {
        if (server == null) {
            return Optional.of("the web UI is off ([web] enabled = false), so no page can be shown");
        }
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > settings.maxSurfaceBytes()) {
            return Optional.of("the page is " + bytes + " bytes; the limit is " + settings.maxSurfaceBytes()
                    + " ([web] max_surface_kb)");
        }
        return Optional.empty();
    }

    /** Publishes a page the pipeline has allowed; static pages are sanitized on the way in. */
    SurfaceRef publish(String title, String html, boolean interactive) {
        return server.publish(title, html, interactive ? SurfaceKind.INTERACTIVE : SurfaceKind.STATIC);
    }

    /** {@code ui.login}: a one-time link into the UI. */
    Reply login(Call call) {
        WebServer s = server;
        if (s == null) {
            return off();
        }
        return new Reply.Result(JsonNodeFactory.instance.objectNode().put("url", s.loginLink().toString()));
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
        if (server == null) {
            return off();
        }
        Optional<String> refused = refusal(p.html());
        if (refused.isPresent()) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, refused.get());
        }
        Action.ShowSurface show = new Action.ShowSurface(p.title(), p.html().getBytes(StandardCharsets.UTF_8).length);
        Context context = new Context(places.home(), places.home(), call.session().label());
        return switch (actions.perform(call, ActionPipeline.Request.of(show, java.time.Duration.ZERO), context)) {
            case ActionPipeline.Outcome.Shown shown -> {
                SurfaceRef ref = publish(p.title(), p.html(), Boolean.TRUE.equals(p.interactive()));
                ObjectNode out = JsonNodeFactory.instance.objectNode().put("id", ref.id()).put("url", ref.url().toString());
                yield new Reply.Result(out);
            }
            case ActionPipeline.Outcome.Refused no -> Reply.failure(no.code(), no.reason());
            default -> Reply.failure(ErrorCode.INTERNAL_ERROR, "showing a page did something else");
        };
    }

    private static Reply off() {
        return Reply.failure(ErrorCode.INVALID_REQUEST,
                "the web UI is off; set [web] enabled = true in the config and restart the runtime");
    }

    @Override
    public void close() {
        WebServer s = server;
        server = null;
        if (s != null) {
            s.close();
        }
    }
}
