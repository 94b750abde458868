package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ipc.Connection;
import dev.mycel.ipc.Session;

/**
 * One request as a handler sees it: the params, who is calling, and a way to send notifications
 * (streamed text, pending confirmations) to that same client while the request runs.
 */
public record Call(String method, JsonNode params, Connection connection, Session session, Notifier notifier) {

    @FunctionalInterface
    public interface Notifier {
        void notify(String method, JsonNode params);
    }
}
