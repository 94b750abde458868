package dev.mycel.ai;

import java.util.List;
import java.util.Objects;

/** How a turn ended: the model answered, the turn failed, or there is no model to ask. */
public sealed interface ProviderReply {

    /** The model's whole turn: its text (possibly empty) and the tools it asks for (possibly none). */
    record Answer(String text, List<ToolCall> toolCalls, StopReason stopReason) implements ProviderReply {
        public Answer {
            Objects.requireNonNull(text, "text");
            toolCalls = List.copyOf(toolCalls);
            Objects.requireNonNull(stopReason, "stopReason");
        }
    }

    /** The turn did not complete; {@code reason} is one line a user can act on, never holding a key. */
    record Failure(FailureKind kind, String reason) implements ProviderReply {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No model is configured for the chosen mode; {@code guidance} says exactly how to configure one. */
    record Offline(String guidance) implements ProviderReply {
        public Offline {
            Objects.requireNonNull(guidance, "guidance");
        }
    }

    /** Why a turn failed, for the router (what to try next) and the error mapping. */
    enum FailureKind {
        /** Nothing answered: connection refused, unknown host, TLS failure. */
        UNREACHABLE,
        /** Connected, but the answer did not start or stalled longer than the timeout. */
        TIMEOUT,
        /** The service refused this request: bad key, unknown model, invalid request (4xx). */
        REJECTED,
        /** Still rate-limited or overloaded after every retry. */
        OVERLOADED,
        /** The service reported an error of its own (5xx, or an error event in the stream). */
        SERVICE_ERROR,
        /** The bytes were not the documented wire format, or exceeded a limit. */
        MALFORMED,
        /** The provider cannot be used as configured (a missing or unsafe key file). */
        NOT_USABLE,
        /** The caller's thread was interrupted while waiting. */
        CANCELLED
    }
}
