package dev.mycel.ai;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A tool offered to the model: its name, what it is for, and a JSON schema of its arguments. */
public record ToolDefinition(String name, String description, ObjectNode inputSchema) {
    public ToolDefinition {
        inputSchema = inputSchema.deepCopy();
    }

    @Override
    public ObjectNode inputSchema() {
        return inputSchema.deepCopy();
    }
}
