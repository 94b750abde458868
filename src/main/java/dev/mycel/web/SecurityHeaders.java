package dev.mycel.web;

import io.javalin.http.Context;

/**
 * The headers every response carries, UI and surface alike, set before any handler runs so that
 * error pages, static files and refusals have them too.
 *
 * <p>The UI's policy admits script only by a per-response nonce (the one script tag in the page,
 * itself an external file from the jar: there is no inline script to allow), no eval, and through
 * Trusted Types no HTML-from-string sinks at all, so a markup slip in the UI's JS fails loudly
 * instead of running. The UI may be framed by nobody and may frame only the surface origin; that
 * frame-src also binds every later navigation of a surface frame, which is what stops a surface from
 * navigating itself to a beacon. Surfaces get their own policy with no network at all.
 */
final class SecurityHeaders {
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), "
            + "bluetooth=(), payment=(), display-capture=(), midi=(), clipboard-read=(), clipboard-write=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), fullscreen=()";

    private SecurityHeaders() {
    }

    /** Sets the UI's headers and returns the nonce that the page's script tag must carry. */
    static String ui(Context ctx, Origins o) {
        String nonce = Secret.label(16);
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; "
                + "style-src 'self'; img-src 'self' data:; font-src 'none'; "
                + "connect-src 'self' " + o.uiOriginsFor("ws") + "; "
                + "frame-src " + o.surfaceBase() + "; child-src " + o.surfaceBase() + "; worker-src 'none'; "
                + "object-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'; "
                + "manifest-src 'none'; media-src 'none'; "
                + "require-trusted-types-for 'script'; trusted-types 'none'");
        common(ctx);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        return nonce;
    }

    /** The surface server's headers; a surface's script may run only if it is interactive. */
    static void surface(Context ctx, Origins o, SurfaceKind kind) {
        String script = switch (kind) {
            case STATIC -> "'none'";
            case INTERACTIVE -> "'unsafe-inline'";
        };
        // Interactive surfaces: Trusted Types with only the prelude's "default" policy, so every
        // HTML-string sink passes its check (see surface-prelude.js).
        String types = switch (kind) {
            case STATIC -> "";
            case INTERACTIVE -> "require-trusted-types-for 'script'; trusted-types default; ";
        };
        String sandbox = switch (kind) {
            case STATIC -> "sandbox";
            case INTERACTIVE -> "sandbox allow-scripts";
        };
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src " + script + "; "
                + "style-src 'unsafe-inline'; img-src data:; font-src 'none'; media-src 'none'; "
                + "connect-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; object-src 'none'; "
                + "manifest-src 'none'; form-action 'none'; base-uri 'none'; webrtc 'block'; " + types
                + "frame-ancestors " + o.uiOriginsFor("http") + "; " + sandbox);
        common(ctx);
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-site");
    }

    /** Headers for a refusal on the surface server, before we know which surface (if any) it is. */
    static void surfaceRefusal(Context ctx) {
        bare(ctx::header);
    }

    /** The strictest set, for responses that show nothing: refusals and Jetty's own errors. */
    static void bare(java.util.function.BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox");
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("Cache-Control", "no-store");
        header.accept("Permissions-Policy", PERMISSIONS);
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        header.accept("Cross-Origin-Resource-Policy", "same-site");
        header.accept("X-Frame-Options", "DENY");
    }

    private static void common(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Permissions-Policy", PERMISSIONS);
    }
}
