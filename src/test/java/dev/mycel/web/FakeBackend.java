package dev.mycel.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.policy.Decision;
import dev.mycel.policy.Finding;
import dev.mycel.policy.Risk;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A backend that answers every chat with a short streamed reply, records every call, and, when
 * asked to, raises one pending action and waits for its answer like the runtime does.
 */
final class FakeBackend implements WebBackend {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Chat(String session, ChatInput input) {
    }

    record Confirm(String session, String actionId, Approval approval) {
    }

    final List<Chat> chats = new CopyOnWriteArrayList<>();
    final List<Confirm> confirms = new CopyOnWriteArrayList<>();
    /** Raise a pending action and wait for its answer, as the runtime does. */
    volatile boolean raisePending;
    /** Raise a pending action and end the turn at once, leaving its card on screen. */
    volatile boolean leavePending;
    private volatile CountDownLatch answered = new CountDownLatch(1);
    private volatile String pendingSession;

    @Override
    public void chat(String session, ChatInput input, Consumer<ChatEvent> events) {
        chats.add(new Chat(session, input));
        for (String part : List.of("Sure — ", "I can ", "clean that up. ")) {
            events.accept(new ChatEvent.Delta(part));
        }
        if (raisePending) {
            pendingSession = session;
            answered = new CountDownLatch(1);
            events.accept(new ChatEvent.Pending(pending()));
            awaitAnswer();
            events.accept(new ChatEvent.Resolved("act-1", "allow"));
        }
        if (leavePending) {
            events.accept(new ChatEvent.Pending(pending()));
        }
        events.accept(new ChatEvent.Finished("Sure — I can clean that up. Here is what I would run; "
                + "it needs your approval because it deletes files."));
    }

    static PendingAction pending() {
        return new PendingAction("act-1", "Delete 214 files in ~/Downloads older than 90 days", Risk.HIGH,
                "Deleting files cannot be undone.", "bash",
                "find ~/Downloads -type f -mtime +90 -print -delete\necho \"done\"",
                List.of(new Finding("fs.delete", "deletes files (find -delete)", 1, Decision.CONFIRM, Risk.HIGH),
                        new Finding("fs.home", "works in your home directory", 1, Decision.CONFIRM, Risk.MEDIUM)));
    }

    private void awaitAnswer() {
        try {
            answered.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean confirm(String session, String actionId, Approval approval) {
        confirms.add(new Confirm(session, actionId, approval));
        if (!session.equals(pendingSession) || !actionId.equals("act-1")) {
            return false;
        }
        answered.countDown();
        return true;
    }

    @Override
    public List<JsonNode> auditTail(int n) {
        return List.of(
                JSON.createObjectNode().put("time", "2026-11-02T09:14:03Z").put("event", "ActionProposed").put("summary", "exec bash (2 lines)"),
                JSON.createObjectNode().put("time", "2026-11-02T09:14:03Z").put("event", "DecisionMade").put("summary", "confirm, high risk"),
                JSON.createObjectNode().put("time", "2026-11-02T09:12:40Z").put("event", "SurfaceShown").put("summary", "Disk usage"));
    }

    @Override
    public JsonNode status() {
        return JSON.createObjectNode().put("version", "0.1.0").put("uptimeSeconds", 412).put("provider", "offline")
                .put("sandbox", "bubblewrap").put("sessions", 2);
    }
}
