package dev.mycel.ai;

import java.util.List;
import java.util.Objects;

/**
 * Everything one turn sends: the system prompt, the history, the tools on offer, and limits.
 * An empty {@code model} means the provider's configured model.
 *
 * <p>This record is the only input a provider takes, and it is built from messages alone, so
 * the privacy layer sits in front of it without touching any provider: the router hands each
 * provider the copy {@link PrivacyGate} made for that provider's placement.
 */
public record ProviderRequest(String model, String system, List<Message> messages, List<ToolDefinition> tools,
                              int maxTokens) {
    public ProviderRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(system, "system");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a turn needs at least one message");
        }
    }

    /** A request for the provider's configured model. */
    public static ProviderRequest of(String system, List<Message> messages, List<ToolDefinition> tools, int maxTokens) {
        return new ProviderRequest("", system, messages, tools, maxTokens);
    }

    String modelOr(String configured) {
        return model.isEmpty() ? configured : model;
    }
}
