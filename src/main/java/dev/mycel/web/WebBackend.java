package dev.mycel.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything the web zone asks of the runtime; the runtime implements it and the web zone knows
 * nothing else about it.
 *
 * <p>{@code session} is a browser session's label (e.g. {@code web-3f9a1c2e}): not a secret, one per
 * logged-in browser, stable until the runtime restarts or the browser session expires. The runtime
 * maps each label to its own runtime session, so a confirmation raised for one browser session can be
 * answered only by that session (invariant 8). Methods may be called from many threads at once.
 */
public interface WebBackend {

    /**
     * Runs one chat turn to its end, blocking; the web server calls it on a virtual thread. Every
     * action the turn proposes goes through policy as for any other client: a
     * {@link ChatInput.FromSurface} input came from AI-written page script and deserves no more trust
     * than the AI itself. Events go to {@code events} in order, the last one being
     * {@link ChatEvent.Finished} or {@link ChatEvent.Failed}.
     */
    void chat(String session, ChatInput input, Consumer<ChatEvent> events);

    /** Answers a pending action of this session; false when this session has no such pending action. */
    boolean confirm(String session, String actionId, Approval approval);

    /** The newest {@code n} audit entries, oldest first, as flat objects of text fields. */
    List<JsonNode> auditTail(int n);

    /** Runtime facts for the status panel, as {@code status} on the socket returns them. */
    JsonNode status();
}
