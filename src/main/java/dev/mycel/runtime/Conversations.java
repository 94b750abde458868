package dev.mycel.runtime;

import dev.mycel.ipc.Session;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each session's {@link Conversation}; forgotten when the session ends, never written anywhere. */
final class Conversations {
    private final Map<Session, Conversation> bySession = new ConcurrentHashMap<>();

    Conversation of(Session s) {
        return bySession.computeIfAbsent(s, k -> new Conversation());
    }

    void sessionEnded(Session s) {
        bySession.remove(s);
    }

    int count() {
        return bySession.size();
    }
}
