package dev.mycel.ai;

/** Why the model stopped writing; each vendor's own words map onto these. */
public enum StopReason {
    /** It finished what it wanted to say. */
    END_TURN,
    /** It wants tools run and their results sent back. */
    TOOL_USE,
    /** It hit the max-tokens limit of the request; the text is cut short. */
    MAX_TOKENS,
    STOP_SEQUENCE,
    /** It declined, or a content filter stopped it. */
    REFUSAL,
    /** A reason this code does not know; the text is kept as it came. */
    OTHER
}
