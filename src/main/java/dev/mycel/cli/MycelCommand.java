package dev.mycel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mycel} command and its subcommands. */
@Command(name = "mycel", mixinStandardHelpOptions = true, version = "mycel 0.1.0",
        description = "Mycel: say what you want; Mycel does it safely.",
        subcommands = {
            UpCommand.class, DownCommand.class, StatusCommand.class, PingCommand.class,
            RunCommand.class, CheckCommand.class, RedactCommand.class, AuditCommand.class, BenchCommand.class,
        })
public final class MycelCommand implements Runnable {

    public static int execute(String[] args) {
        return new CommandLine(new MycelCommand()).execute(args);
    }

    /** Plain {@code ./mycel}: make sure the runtime is up, then say what it can do. */
    @Override
    public void run() {
        int rc = UpCommand.startInBackground(dev.mycel.config.Places.fromEnvironment(System.getenv()));
        if (rc == ExitCodes.OK) {
            System.out.println();
            new CommandLine(this).usage(System.out);
        }
    }
}
