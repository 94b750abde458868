package dev.mycel.ai;

/** What a reachability probe found: a turn could work now, or why not. */
public sealed interface Probe {
    record Ready(String detail) implements Probe {
    }

    record NotReady(String reason) implements Probe {
    }
}
