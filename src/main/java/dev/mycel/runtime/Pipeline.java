package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ipc.Connection;
import dev.mycel.ipc.ConnectionHandler;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.ErrorMapper;
import dev.mycel.ipc.Frame;
import dev.mycel.ipc.Incoming;
import dev.mycel.ipc.JsonRpcCodec;
import dev.mycel.ipc.RateLimiter;
import dev.mycel.ipc.RpcError;
import dev.mycel.ipc.Session;
import dev.mycel.ipc.Sessions;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The order every request goes through, in one place:
 * frame (size cap) → rate limit (per local user, before parsing) → decode → authenticate →
 * dispatch to the method (which binds params, asks policy, runs, audits) → encode.
 * Each stage either passes a value on or ends the request with an error; none reaches back.
 */
final class Pipeline implements ConnectionHandler {
    private static final int MAX_IN_FLIGHT = 8;

    private final JsonRpcCodec codec;
    private final RateLimiter rateLimiter;
    private final Sessions sessions;
    private final Map<String, Method> methods;
    private final java.util.function.Consumer<Connection> onClose;

    Pipeline(JsonRpcCodec codec, RateLimiter rateLimiter, Sessions sessions, Map<String, Method> methods,
             java.util.function.Consumer<Connection> onClose) {
        this.codec = codec;
        this.rateLimiter = rateLimiter;
        this.sessions = sessions;
        this.methods = Map.copyOf(methods);
        this.onClose = onClose;
    }

    @Override
    public void serve(Connection connection) {
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        try {
            while (connection.isOpen()) {
                Frame frame = connection.read();
                switch (frame) {
                    case Frame.End end -> {
                        return;
                    }
                    case Frame.Oversized big -> {
                        if (withinRate(connection)) {
                            connection.send(codec.error(null, RpcError.of(ErrorCode.MESSAGE_TOO_LARGE, "message too large ("
                                    + big.droppedBytes() + " bytes or more); the limit is ipc.max_message_bytes")));
                        }
                    }
                    case Frame.Line line -> {
                        if (withinRate(connection)) {
                            onLine(connection, line.bytes(), inFlight);
                        }
                    }
                }
            }
        } catch (IOException closed) {
            // the client went away or the watchdog closed it: nothing to answer
        } finally {
            connection.close();
            onClose.accept(connection);
        }
    }

    /** Every line counts, whatever it holds (garbage and over-long lines too); answers -32002 when over. */
    private boolean withinRate(Connection connection) {
        long waitMs = rateLimiter.acquire(connection.user());
        if (waitMs > 0) {
            connection.send(codec.error(null, rateLimited(waitMs)));
            return false;
        }
        return true;
    }

    private void onLine(Connection connection, byte[] line, Semaphore inFlight) {
        switch (codec.decode(line)) {
            case Incoming.Invalid bad -> connection.send(codec.error(bad.id(), bad.error()));
            case Incoming.Notification ignored -> {
                // clients have no notifications to send; JSON-RPC forbids answering them
            }
            case Incoming.Request request -> onRequest(connection, request, inFlight);
        }
    }

    private void onRequest(Connection connection, Incoming.Request request, Semaphore inFlight) {
        Method method = methods.get(request.method());
        Session session = connection.session();
        if ((method == null || method.needsAuth()) && !authenticated(connection, session)) {
            connection.send(codec.error(request.id(), RpcError.of(ErrorCode.NOT_AUTHENTICATED,
                    session == null ? "not authenticated: call auth with the token first"
                            : "session expired: call auth again")));
            return;
        }
        if (method == null) {
            connection.send(codec.error(request.id(), RpcError.of(ErrorCode.METHOD_NOT_FOUND,
                    "unknown method '" + printable(request.method()) + "'")));
            return;
        }
        if (!method.slow()) {
            answer(connection, request, method);
            return;
        }
        if (!inFlight.tryAcquire()) {
            connection.send(codec.error(request.id(), RpcError.of(ErrorCode.RATE_LIMITED,
                    "too many requests running on this connection (limit " + MAX_IN_FLIGHT + ")")));
            return;
        }
        connection.requestStarted();
        Thread.ofVirtual().name("mycel-call").start(() -> {
            try {
                answer(connection, request, method);
            } finally {
                connection.requestFinished();
                inFlight.release();
            }
        });
    }

    private boolean authenticated(Connection connection, Session session) {
        if (session == null) {
            return false;
        }
        if (!sessions.touch(session)) {
            connection.bind(null);
            return false;
        }
        return true;
    }

    private void answer(Connection connection, Incoming.Request request, Method method) {
        Call call = new Call(method.name(), request.params(), new Caller.Socket(connection), connection.session(),
                (name, params) -> connection.send(codec.notification(name, params)));
        Reply reply;
        try {
            reply = method.handler().handle(call);
        } catch (RuntimeException e) {
            reply = new Reply.Failure(ErrorMapper.unexpected(method.name(), e));
        }
        connection.send(switch (reply) {
            case Reply.Result r -> codec.result(request.id(), r.value());
            case Reply.Failure f -> codec.error(request.id(), f.error());
        });
    }

    static RpcError rateLimited(long waitMs) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("retryAfterMs", waitMs);
        return new RpcError(ErrorCode.RATE_LIMITED, "rate limited: retry in " + waitMs + " ms", data);
    }

    private static String printable(String s) {
        String t = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return t.replaceAll("[^\\x20-\\x7e]", "?");
    }

    static JsonNode text(String s) {
        return JsonNodeFactory.instance.textNode(s);
    }
}
