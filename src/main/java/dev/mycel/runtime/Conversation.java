package dev.mycel.runtime;

import dev.mycel.ai.Message;
import dev.mycel.privacy.Pseudonyms;
import dev.mycel.web.SurfaceRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One session's chat, in memory only: the messages so far, the placeholders the privacy layer
 * has handed out, and the surfaces shown. Bounded: history is cut at the start of a turn to the
 * configured number of messages, always at a message of the user, so no tool result is ever
 * left without the call it answers; surfaces keep the last {@value #MAX_SURFACES}.
 */
final class Conversation {
    static final int MAX_SURFACES = 20;

    /**
     * A page the model showed, by its id in the web UI; {@code link} is the one-time login link
     * that opens it, good for a minute, for the turn's result only.
     */
    record Surface(String id, String title, String html, URI link) {
    }

    private final List<Message> messages = new ArrayList<>();
    private final List<Surface> surfaces = new ArrayList<>();
    private final Pseudonyms pseudonyms = new Pseudonyms();
    private final ReentrantLock turn = new ReentrantLock();

    /** One turn at a time: a second {@code chat} on the same session is refused, not interleaved. */
    boolean tryBeginTurn() {
        return turn.tryLock();
    }

    void endTurn() {
        turn.unlock();
    }

    Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    synchronized void add(Message m) {
        messages.add(m);
    }

    synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Drops the oldest exchanges until at most {@code max} messages remain, starting at a user's message. */
    synchronized void trim(int max) {
        int from = 0;
        while (messages.size() - from > max || from < messages.size() && !(messages.get(from) instanceof Message.User)) {
            from++;
        }
        if (from >= messages.size()) {
            // never drop the newest message: keep the user's last words even when they alone exceed the cap
            from = messages.size() - 1;
        }
        messages.subList(0, Math.max(0, from)).clear();
    }

    synchronized Surface addSurface(SurfaceRef shown, String title, String html) {
        Surface s = new Surface(shown.id(), title, html, shown.url());
        surfaces.add(s);
        if (surfaces.size() > MAX_SURFACES) {
            surfaces.removeFirst();
        }
        return s;
    }

    synchronized List<Surface> surfaces() {
        return List.copyOf(surfaces);
    }
}
