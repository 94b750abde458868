package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.audit.AuditEvent;
import dev.mycel.ipc.AuthThrottle;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.Session;
import dev.mycel.ipc.Sessions;
import dev.mycel.ipc.Token;
import java.util.logging.Logger;

/** {@code auth} and {@code session.resume}: the only ways into a session (T3, T4). */
final class AuthMethods {
    private static final Logger LOG = Logger.getLogger(AuthMethods.class.getName());

    record AuthParams(String token) {
    }

    record ResumeParams(String sessionId) {
    }

    private final Token token;
    private final AuthThrottle throttle;
    private final Sessions sessions;

    private final Audit audit;

    AuthMethods(Token token, AuthThrottle throttle, Sessions sessions, Audit audit) {
        this.token = token;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * Mistyped params are -32602 and no attempt: no token was offered, so there is nothing to
     * compare or to count (counting them let a buggy client lock its own user out).
     */
    Reply auth(Call call) {
        return switch (Params.bind(call.params(), AuthParams.class)) {
            case Params.Bound.Bad<AuthParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<AuthParams> ok -> authenticate(call, ok.value().token());
        };
    }

    private Reply authenticate(Call call, String candidate) {
        String user = call.connection().user();
        return switch (throttle.attempt(user, () -> token.matches(candidate))) {
            case AuthThrottle.Attempt.Throttled t -> new Reply.Failure(Pipeline.rateLimited(t.waitMs()));
            case AuthThrottle.Attempt.Refused r -> {
                LOG.warning("auth failed for local user " + user);
                record(new AuditEvent.AuthFailed(call.connection().uid(), "wrong token"));
                yield Reply.failure(ErrorCode.NOT_AUTHENTICATED, "wrong token; read it from the runtime's token file");
            }
            case AuthThrottle.Attempt.Accepted a -> {
                Session s = sessions.open(user);
                call.connection().bind(s);
                LOG.info("session " + s.label() + " opened for local user " + user);
                record(new AuditEvent.SessionOpened(s.label(), call.connection().uid()));
                yield new Reply.Result(describe(s));
            }
        };
    }

    Reply resume(Call call) {
        return switch (Params.bind(call.params(), ResumeParams.class)) {
            case Params.Bound.Bad<ResumeParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<ResumeParams> ok -> sessions.resume(ok.value().sessionId(), call.connection().user())
                    .map(s -> {
                        call.connection().bind(s);
                        return (Reply) new Reply.Result(describe(s));
                    })
                    .orElseGet(() -> Reply.failure(ErrorCode.NOT_AUTHENTICATED,
                            "no live session with that id for you; keep using the current one"));
        };
    }

    private void record(AuditEvent event) {
        try {
            audit.append(event);
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.severe("could not write an audit entry: " + e.getMessage());
        }
    }

    private ObjectNode describe(Session s) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("sessionId", sessions.idOf(s));
        out.put("expiresAt", sessions.expiresAt(s).toString());
        return out;
    }
}
