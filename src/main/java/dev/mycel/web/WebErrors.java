package dev.mycel.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.config.RoutesConfig;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web zone's one error mapper: a {@link Refused} becomes its bare status, malformed JSON a
 * 400, anything unexpected a 500 carrying an incident id whose stack trace goes to the log only.
 * Security headers were set before any handler ran, so error responses carry them too.
 */
final class WebErrors {
    private static final Logger LOG = Logger.getLogger(WebErrors.class.getName());

    private WebErrors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(Refused.class, (e, ctx) -> ctx.status(e.status()).contentType("text/plain; charset=utf-8").result(e.text()));
        routes.exception(JacksonException.class, (e, ctx) ->
                ctx.status(400).contentType("text/plain; charset=utf-8").result("Malformed JSON."));
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = Secret.label(6);
            // The request line and headers are deliberately not logged: they carry the cookie or a token.
            LOG.log(Level.WARNING, "web incident " + incident + " on " + ctx.method() + " " + ctx.path(), e);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("Internal error, incident " + incident + ".");
        });
    }
}
