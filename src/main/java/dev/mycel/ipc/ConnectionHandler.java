package dev.mycel.ipc;

/** What the runtime does with an accepted, peer-checked connection; runs on its own virtual thread. */
@FunctionalInterface
public interface ConnectionHandler {
    void serve(Connection connection);
}
