package dev.mycel.cli;

import dev.mycel.config.Places;
import java.io.IOException;

/** Runs a command body against an authenticated runtime connection and turns failures into one line. */
final class Connected {
    private Connected() {
    }

    @FunctionalInterface
    interface Body {
        int run(RuntimeClient client) throws IOException;
    }

    /** Like {@link #run}, but starts the runtime first when none is running. */
    static int runStarting(Body body) {
        int rc = ensureRunning(Places.fromEnvironment(System.getenv()));
        return rc == ExitCodes.OK ? run(body) : rc;
    }

    /**
     * Starts the runtime in the background when none answers; what {@code up} says goes to
     * stderr, because stdout belongs to the command's own output.
     */
    static int ensureRunning(Places places) {
        if (dev.mycel.ipc.SocketProbe.answersPing(places.socket(), java.time.Duration.ofSeconds(2))) {
            return ExitCodes.OK;
        }
        java.io.PrintStream out = System.out;
        System.setOut(System.err);
        try {
            return UpCommand.startInBackground(places);
        } finally {
            System.setOut(out);
        }
    }

    static int run(Body body) {
        Places places = Places.fromEnvironment(System.getenv());
        try (RuntimeClient client = RuntimeClient.open(places)) {
            return body.run(client);
        } catch (RuntimeClient.NotRunningException e) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.NOT_RUNNING;
        } catch (RuntimeClient.RpcException e) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException e) {
            System.err.println("mycel: lost the connection to the runtime: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
