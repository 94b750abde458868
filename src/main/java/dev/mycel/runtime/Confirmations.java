package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ipc.Connection;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.Session;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Actions parked until the user answers. A confirmation is a state, not a callback: the asking
 * thread waits on a {@link Pending} with a deadline. No answer in time, a disconnect, or an
 * answer from any other session is a denial (invariants 2 and 8).
 */
final class Confirmations {
    private final Duration timeout;
    private final SecureRandom random;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** How the user answered. */
    sealed interface Answer {
        record Approved(boolean forSession) implements Answer {
        }

        /** {@code reason} is a word for the audit log ({@code user}, {@code timeout}...), {@code why} a sentence for the client. */
        record Declined(String reason, String why) implements Answer {
        }
    }

    record ConfirmParams(String actionId, Boolean approve, @Params.Omittable String scope) {
    }

    private record Pending(String id, Session session, Caller caller, CompletableFuture<Answer> answer) {
    }

    Confirmations(Duration timeout, SecureRandom random) {
        this.timeout = timeout;
        this.random = random;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Sends {@code action.pending} to the session's client and waits for its answer, then
     * {@code action.resolved} with what became of it. The notification carries the action id;
     * {@code details} says what will happen and why it asks.
     */
    Answer ask(Call call, ObjectNode details) {
        String id = newId();
        Answer answer = await(call, id, details);
        call.notifier().notify("action.resolved", JsonNodeFactory.instance.objectNode().put("actionId", id)
                .put("decision", switch (answer) {
                    case Answer.Approved a -> "approved";
                    case Answer.Declined d -> d.reason().equals("user") ? "declined" : d.reason();
                }));
        return answer;
    }

    private Answer await(Call call, String id, ObjectNode details) {
        Pending p = new Pending(id, call.session(), call.caller(), new CompletableFuture<>());
        pending.put(id, p);
        try {
            ObjectNode note = JsonNodeFactory.instance.objectNode();
            note.put("actionId", id);
            note.setAll(details);
            note.put("timeoutSeconds", timeout.toSeconds());
            call.notifier().notify("action.pending", note);
            if (!call.caller().isOpen()) {
                return new Answer.Declined("disconnected", "the client disconnected");
            }
            return p.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Answer.Declined("timeout", "no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new Answer.Declined("failed", "confirmation failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Declined("stopping", "the runtime is stopping");
        } finally {
            pending.remove(id);
        }
    }

    /** {@code action.confirm}: only the session that caused the action may answer it. */
    Reply confirm(Call call) {
        return switch (Params.bind(call.params(), ConfirmParams.class)) {
            case Params.Bound.Bad<ConfirmParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<ConfirmParams> ok -> answer(call, ok.value());
        };
    }

    private Reply answer(Call call, ConfirmParams p) {
        if (p.actionId() == null || p.approve() == null) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "action.confirm needs actionId and approve");
        }
        boolean forSession = "session".equals(p.scope());
        if (p.scope() != null && !forSession && !"once".equals(p.scope())) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "scope must be \"once\" or \"session\"");
        }
        Answered answered = answer(call.session(), p.actionId(), p.approve(), forSession);
        if (answered == Answered.NO_SUCH_ACTION) {
            return Reply.failure(ErrorCode.INVALID_PARAMS, "no pending action with that id in this session");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("actionId", p.actionId());
        out.put("decision", answered == Answered.APPROVED ? "approved" : "declined");
        return new Reply.Result(out);
    }

    /** What became of an answer. */
    enum Answered { APPROVED, DECLINED, NO_SUCH_ACTION }

    /**
     * Answers a pending action of {@code session}; any other session's answer is no answer at all
     * (invariant 8). An answer that comes after the action was settled counts as declined.
     */
    Answered answer(Session session, String actionId, boolean approve, boolean forSession) {
        Pending target = pending.get(actionId);
        if (target == null || target.session() != session) {
            return Answered.NO_SUCH_ACTION;
        }
        Answer a = approve ? new Answer.Approved(forSession) : new Answer.Declined("user", "declined by the user");
        return target.answer().complete(a) && approve ? Answered.APPROVED : Answered.DECLINED;
    }

    /** A client that goes away cannot approve anything any more. */
    void connectionClosed(Connection c) {
        for (Pending p : pending.values()) {
            if (p.caller() instanceof Caller.Socket socket && socket.connection() == c) {
                p.answer().complete(new Answer.Declined("disconnected", "the client disconnected"));
            }
        }
    }

    void sessionEnded(Session s) {
        for (Pending p : pending.values()) {
            if (p.session() == s) {
                p.answer().complete(new Answer.Declined("session-ended", "the session ended"));
            }
        }
    }

    int count() {
        return pending.size();
    }

    private String newId() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return "a-" + HexFormat.of().formatHex(b);
    }

    static JsonNode text(String s) {
        return JsonNodeFactory.instance.textNode(s);
    }
}
