package dev.mycel.ai;

import java.util.List;
import java.util.Objects;

/** One entry of the conversation history sent with every turn. */
public sealed interface Message {

    /** What the person wrote. */
    record User(String text) implements Message {
        public User {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An earlier turn of the model, replayed as it was: its text and the tools it asked for. */
    record Assistant(String text, List<ToolCall> toolCalls) implements Message {
        public Assistant {
            Objects.requireNonNull(text, "text");
            toolCalls = List.copyOf(toolCalls);
        }
    }

    /**
     * What running one tool produced, sent back to the model. {@code toolName} is repeated here
     * because Ollama pairs results by name, not by id; {@code isError} tells the model the tool
     * failed or was denied, so it does not mistake an error message for output.
     */
    record ToolResult(String toolCallId, String toolName, String content, boolean isError) implements Message {
        public ToolResult {
            Objects.requireNonNull(toolCallId, "toolCallId");
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(content, "content");
        }
    }
}
