package dev.mycel.ai;

import java.nio.file.Path;
import java.util.List;

/**
 * The offline pattern engine as the router sees it: Mycel's own model, on this machine, asked
 * first in {@code auto} mode when it is confident and always in {@code offline} mode.
 */
public interface PatternAnswers {

    /** How many patterns it knows. */
    int patternCount();

    /** Whether its sentence model has loaded (it loads in the background at start). */
    boolean ready();

    /** Whether the last message is the result of a call the engine made, so it must present it. */
    boolean owns(List<Message> messages);

    /** Whether a vetted pattern fits the request well enough to answer it without a model. */
    boolean confident(String request);

    /**
     * The engine's turn: a proposed pattern call, the presented output of its call, or a reply
     * that says it cannot help; {@code noModel} (possibly empty) is added to the last, saying how
     * to configure a model. Never fails.
     */
    ProviderReply.Answer answer(List<Message> messages, Path workDir, String noModel);
}
