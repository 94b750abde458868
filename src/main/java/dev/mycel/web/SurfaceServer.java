package dev.mycel.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicReference;
import org.owasp.encoder.Encode;

/**
 * The second origin: serves surfaces, and nothing else, at {@code /s/ID/CAPABILITY}. Every
 * response carries a CSP that forbids all network access, forms, base changes, plugins and being
 * framed by anyone but the UI, plus a CSP {@code sandbox} so that even a surface opened as a top
 * page runs in an opaque origin. Anything that is not an exact surface URL is a 404; the server
 * never sets or reads a cookie.
 */
final class SurfaceServer {
    private static final String STATIC_STYLE = "body{font:15px/1.5 system-ui,sans-serif;margin:12px;color:#1d2330}"
            + "table{border-collapse:collapse}td,th{border:1px solid #c8ccd4;padding:4px 8px}img{max-width:100%}";

    private static final java.util.regex.Pattern FORBIDDEN_TAG = java.util.regex.Pattern.compile(
            "<(?=\\s*/?\\s*(?:iframe|frame|frameset|object|embed|link|meta|base|fencedframe|portal|applet)(?![a-z0-9-]))",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final String PRELUDE = UiApi.resource("surface-prelude.js");

    private SurfaceServer() {
    }

    static Javalin create(SurfaceStore store, AtomicReference<Origins> origins) {
        return Javalin.create(c -> {
            c.jetty.host = "127.0.0.1";
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.modifyServer(server -> server.setErrorHandler(new BareErrors()));
            c.http.maxRequestSize = 8 * 1024;
            WebErrors.register(c.routes);
            c.routes.before(ctx -> gate(ctx, origins.get()));
            c.routes.get("/s/{id}/{capability}", ctx -> serve(ctx, store, origins.get()));
        });
    }

    private static void gate(Context ctx, Origins o) {
        SecurityHeaders.surfaceRefusal(ctx);
        if (o == null || !o.isSurfaceHost(ctx.header("Host"))) {
            throw Refused.misdirected();
        }
        // A browser says what it is loading: a surface is only ever a frame of the UI. A top-level
        // visit or a fetch from another page gets nothing, even with the right URL.
        String dest = ctx.header("Sec-Fetch-Dest");
        if (dest != null && !dest.equals("iframe")) {
            throw Refused.notFound();
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-site")) {
            throw Refused.notFound();
        }
    }

    private static void serve(Context ctx, SurfaceStore store, Origins o) {
        SurfaceStore.Surface s = store.find(ctx.pathParam("id"))
                .filter(found -> found.opensWith(ctx.pathParam("capability")))
                .orElseThrow(Refused::notFound);
        SecurityHeaders.surface(ctx, o, s.kind());
        ctx.contentType("text/html; charset=utf-8").result(document(s));
    }

    static String document(SurfaceStore.Surface s) {
        return switch (s.kind()) {
            case STATIC -> "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + Encode.forHtml(s.title()) + "</title><style>" + STATIC_STYLE + "</style></head><body>"
                    + s.html() + "</body></html>";
            // The prelude comes first, even before a doctype of the surface's own, so that no surface
            // script can run before it.
            case INTERACTIVE -> "<!doctype html><meta charset=\"utf-8\"><script>" + PRELUDE + "</script>" + neutralized(s.html());
        };
    }

    /**
     * Makes the tags the prelude forbids inert in the surface's own markup: the HTML tokenizer
     * only opens an element for a literal {@code <} directly followed by its name.
     */
    static String neutralized(String html) {
        return FORBIDDEN_TAG.matcher(html).replaceAll("&lt;");
    }
}
