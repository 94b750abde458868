package dev.mycel.collective;

/** Registries whose cursor is a position in an append-only list read it here, the same way. */
final class Cursors {
    private Cursors() {
    }

    /** The position a cursor names; absent is the start; a malformed one is an error, not the start again. */
    static int index(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        if (!cursor.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("not a cursor of this registry: " + Envelope.shorten(cursor));
        }
        return Integer.parseInt(cursor);
    }
}
