package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ipc.Connection;
import dev.mycel.ipc.Session;

/**
 * One request as a handler sees it: the params, who is calling, and a way to send notifications
 * (streamed text, pending confirmations) to that same client while the request runs.
 */
public record Call(String method, JsonNode params, Caller caller, Session session, Notifier notifier) {

    @FunctionalInterface
    public interface Notifier {
        void notify(String method, JsonNode params);
    }

    /** The socket connection of a socket call; only socket methods (auth, resume) need it. */
    Connection connection() {
        if (caller instanceof Caller.Socket socket) {
            return socket.connection();
        }
        throw new IllegalStateException(method + " is a socket method, called from " + caller);
    }
}
