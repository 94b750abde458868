package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ipc.ErrorCode;
import dev.mycel.ipc.RpcError;

/** What a method handler answers: a result or an expected failure (unexpected ones are exceptions). */
public sealed interface Reply {

    record Result(JsonNode value) implements Reply {
    }

    record Failure(RpcError error) implements Reply {
    }

    static Reply failure(ErrorCode code, String message) {
        return new Failure(RpcError.of(code, message));
    }
}
