package dev.mycel.cli;

import dev.mycel.config.Places;
import dev.mycel.ipc.SocketProbe;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mycel down}: asks the runtime to stop and waits until its socket is gone. */
@Command(name = "down", description = "Stop the Mycel runtime.")
final class DownCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Places places = Places.fromEnvironment(System.getenv());
        if (!SocketProbe.answersPing(places.socket(), Duration.ofSeconds(2))) {
            System.out.println("Mycel is not running");
            return ExitCodes.OK;
        }
        int rc = Connected.run(client -> {
            client.call("shutdown", null);
            return ExitCodes.OK;
        });
        if (rc != ExitCodes.OK) {
            return rc;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(places.socket()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        System.out.println("Mycel stopped");
        return ExitCodes.OK;
    }
}
