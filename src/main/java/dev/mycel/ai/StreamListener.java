package dev.mycel.ai;

/** Receives the model's text while it is being written, one fragment at a time. */
@FunctionalInterface
public interface StreamListener {
    StreamListener IGNORE = text -> { };

    void textDelta(String text);
}
