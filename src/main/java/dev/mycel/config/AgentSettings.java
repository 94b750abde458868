package dev.mycel.config;

import java.time.Duration;

/**
 * Bounds of one chat turn: how many tool calls the model may make before it must answer, how
 * long the whole turn may take, how many messages of history a session keeps (in memory only),
 * and how much of one tool's output goes back to the model.
 */
public record AgentSettings(int maxToolSteps, Duration turnTimeout, int historyMessages, int toolResultBytes) {

    public static AgentSettings defaults() {
        return new AgentSettings(10, Duration.ofMinutes(5), 200, 16 * 1024);
    }
}
