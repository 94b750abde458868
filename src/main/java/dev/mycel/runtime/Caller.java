package dev.mycel.runtime;

import dev.mycel.ipc.Connection;

/**
 * Where a call came from: a client on the socket, or a browser logged into the web UI. Both reach
 * the same methods, policy and confirmations; only how "still there" is known differs.
 */
sealed interface Caller {
    /** False once the caller can no longer answer a confirmation (invariant 2: silence is a denial). */
    boolean isOpen();

    /** A connection on the Unix socket; it closes when the client goes away. */
    record Socket(Connection connection) implements Caller {
        @Override
        public boolean isOpen() {
            return connection.isOpen();
        }
    }

    /**
     * A browser session of the web UI, by its label. The browser has no connection per turn, so it
     * stays answerable until the confirmation's deadline or the end of its session.
     */
    record Browser(String label) implements Caller {
        @Override
        public boolean isOpen() {
            return true;
        }
    }
}
