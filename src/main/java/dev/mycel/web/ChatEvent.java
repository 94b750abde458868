package dev.mycel.web;

/** What a running chat turn reports to the browser, in order; the turn ends with Finished or Failed. */
public sealed interface ChatEvent {

    /** A piece of the streamed reply. */
    record Delta(String text) implements ChatEvent {
    }

    /** An action waits for the person's answer (shown as a confirmation card). */
    record Pending(PendingAction action) implements ChatEvent {
    }

    /** A pending action was answered or expired; its card can go. */
    record Resolved(String actionId, String decision) implements ChatEvent {
    }

    /** The turn ended with this complete reply. */
    record Finished(String reply) implements ChatEvent {
    }

    /** The turn ended without a reply; the message is for the person and holds no secret. */
    record Failed(String message) implements ChatEvent {
    }
}
