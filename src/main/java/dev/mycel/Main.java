package dev.mycel;

import dev.mycel.ai.offline.MiniLm;
import dev.mycel.cli.MycelCommand;
import java.time.Duration;
import sun.misc.Signal;

/** Entry point: the command line. The runtime's object graph is wired in {@code runtime.Runtime}. */
public final class Main {
    /** Long enough for the sentence model's load (about a second) to end before exiting. */
    private static final Duration QUIESCE = Duration.ofSeconds(10);

    private Main() {
    }

    public static void main(String[] args) {
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            Signal.handle(new Signal(name), Main::exitOn);
        }
        int code = MycelCommand.execute(args);
        MiniLm.quiesce(QUIESCE);
        System.exit(code);
    }

    /**
     * Replaces the JVM's own handler, which starts the shutdown hooks at once: native model work
     * must end first (see {@link MiniLm#quiesce}); the exit status stays 128 + the signal's number.
     */
    private static void exitOn(Signal signal) {
        MiniLm.quiesce(QUIESCE); // this runs on a thread of its own that the JVM starts for each signal
        System.exit(128 + signal.getNumber());
    }
}
