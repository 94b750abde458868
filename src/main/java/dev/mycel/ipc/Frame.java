package dev.mycel.ipc;

/** One unit read off the socket: a complete line, an over-long line that was discarded, or the end. */
public sealed interface Frame {

    /** A line without its terminating newline. */
    record Line(byte[] bytes) implements Frame {
    }

    /** A line longer than the limit; its bytes were dropped as they arrived. */
    record Oversized(long droppedBytes) implements Frame {
    }

    record End() implements Frame {
    }
}
