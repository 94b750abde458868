package dev.mycel.cli;

import dev.mycel.config.Places;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mycel ping}: is the runtime there? Needs no token. */
@Command(name = "ping", description = "Check that the runtime answers (no token needed).")
final class PingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Places places = Places.fromEnvironment(System.getenv());
        try (RuntimeClient client = RuntimeClient.connect(places)) {
            System.out.println(client.call("ping", null).asText());
            return ExitCodes.OK;
        } catch (RuntimeClient.NotRunningException e) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.NOT_RUNNING;
        } catch (IOException e) {
            System.err.println("mycel: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
