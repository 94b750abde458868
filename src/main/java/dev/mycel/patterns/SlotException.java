package dev.mycel.patterns;

/**
 * A slot value that cannot be bound: missing with no default, or not a value of its type. The
 * message is one line a user can act on; {@link #slot()} names the slot for a follow-up question.
 */
public final class SlotException extends Exception {
    private final String slot;

    public SlotException(String slot, String message) {
        super(message);
        this.slot = slot;
    }

    public String slot() {
        return slot;
    }
}
