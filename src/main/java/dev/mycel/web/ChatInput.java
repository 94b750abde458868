package dev.mycel.web;

/** Where a chat turn's text came from: the person typing, or an interactive surface's script. */
public sealed interface ChatInput {
    String text();

    /** Typed by the person in the UI's chat box. */
    record Typed(String text) implements ChatInput {
    }

    /** Sent by an interactive surface through postMessage; AI-written script chose these words. */
    record FromSurface(String surfaceId, String surfaceTitle, String text) implements ChatInput {
    }
}
