package dev.mycel.ipc;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON-RPC error object; {@code data} may be null. Messages never contain secrets. */
public record RpcError(ErrorCode code, String message, JsonNode data) {

    public static RpcError of(ErrorCode code, String message) {
        return new RpcError(code, message, null);
    }
}
