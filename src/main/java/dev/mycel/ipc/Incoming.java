package dev.mycel.ipc;

import com.fasterxml.jackson.databind.JsonNode;

/** A decoded line: a request that wants an answer, a notification that does not, or garbage. */
public sealed interface Incoming {

    record Request(JsonNode id, String method, JsonNode params) implements Incoming {
    }

    record Notification(String method, JsonNode params) implements Incoming {
    }

    /** Undecodable or not JSON-RPC; {@code id} is echoed when it could be read, else null. */
    record Invalid(JsonNode id, RpcError error) implements Incoming {
    }
}
