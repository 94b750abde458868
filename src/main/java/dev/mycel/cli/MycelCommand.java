package dev.mycel.cli;

import dev.mycel.config.Places;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mycel} command and its subcommands. */
@Command(name = "mycel", mixinStandardHelpOptions = true, version = "mycel 0.1.0",
        description = "Mycel: say what you want; Mycel does it safely.",
        subcommands = {
            UpCommand.class, DownCommand.class, StatusCommand.class, PingCommand.class,
            AskCommand.class, RunCommand.class, CheckCommand.class, RedactCommand.class, AuditCommand.class, BenchCommand.class, PatternsCommand.class,
            UiCommand.class, SurfaceCommand.class,
        })
public final class MycelCommand implements Callable<Integer> {

    public static int execute(String[] args) {
        return new CommandLine(new MycelCommand()).execute(args);
    }

    /** Plain {@code ./mycel}: make sure the runtime is up, then chat. */
    @Override
    public Integer call() {
        Places places = Places.fromEnvironment(System.getenv());
        int rc = Connected.ensureRunning(places);
        return rc == ExitCodes.OK ? InteractiveChat.run(places) : rc;
    }
}
