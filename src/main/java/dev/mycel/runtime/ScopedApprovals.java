package dev.mycel.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.Session;
import dev.mycel.policy.ActionShape;
import dev.mycel.policy.Risk;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Yes for the rest of this session" answers, because prompt fatigue makes people approve
 * everything. Never global, never persisted, never for critical risk; they die with the
 * session, can be listed, and revoked.
 */
final class ScopedApprovals {
    record Approval(String id, ActionShape shape, Risk risk, String description, Instant createdAt) {
    }

    record RevokeParams(String id) {
    }

    private final Map<Session, List<Approval>> bySession = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final InstantSource clock;

    ScopedApprovals(InstantSource clock) {
        this.clock = clock;
    }

    /** True when an earlier session-scoped approval covers this shape at this risk or a lower one. */
    boolean covers(Session s, ActionShape shape, Risk risk) {
        if (risk == Risk.CRITICAL) {
            return false;
        }
        return bySession.getOrDefault(s, List.of()).stream()
                .anyMatch(a -> a.shape().equals(shape) && risk.compareTo(a.risk()) <= 0);
    }

    void add(Session s, ActionShape shape, Risk risk, String description) {
        if (risk == Risk.CRITICAL) {
            throw new IllegalArgumentException("critical actions are never approved for a whole session");
        }
        bySession.computeIfAbsent(s, k -> new CopyOnWriteArrayList<>())
                .add(new Approval("p" + ids.incrementAndGet(), shape, risk, description, clock.instant()));
    }

    void sessionEnded(Session s) {
        bySession.remove(s);
    }

    Reply list(Call call) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Approval a : bySession.getOrDefault(call.session(), List.of())) {
            ObjectNode n = out.addObject();
            n.put("id", a.id());
            n.put("description", a.description());
            n.put("kind", a.shape().kind());
            n.put("directory", a.shape().directory());
            n.put("risk", a.risk().wireName());
            n.put("createdAt", a.createdAt().toString());
        }
        return new Reply.Result(out);
    }

    Reply revoke(Call call) {
        return switch (Params.bind(call.params(), RevokeParams.class)) {
            case Params.Bound.Bad<RevokeParams> bad -> new Reply.Failure(bad.error());
            case Params.Bound.Ok<RevokeParams> ok -> {
                List<Approval> list = bySession.get(call.session());
                boolean removed = list != null && list.removeIf(a -> a.id().equals(ok.value().id()));
                yield removed ? new Reply.Result(JsonNodeFactory.instance.objectNode().put("revoked", ok.value().id()))
                        : Reply.failure(ErrorCode.INVALID_PARAMS, "no scoped approval with that id in this session");
            }
        };
    }
}
