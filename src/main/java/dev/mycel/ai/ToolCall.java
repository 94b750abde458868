package dev.mycel.ai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A tool the model asked to run. {@code id} pairs it with its {@link Message.ToolResult}; for
 * vendors that send no id (Ollama) the provider makes one up. {@code arguments} is the parsed JSON
 * object exactly as the model wrote it, not yet checked against the tool's schema.
 */
public record ToolCall(String id, String name, ObjectNode arguments) {
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        // a private copy: the record must not change when a caller edits the node it passed in
        arguments = arguments.deepCopy();
    }

    @Override
    public ObjectNode arguments() {
        return arguments.deepCopy();
    }
}
