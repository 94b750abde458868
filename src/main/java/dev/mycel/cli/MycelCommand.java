package dev.mycel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mycel} command and its subcommands. */
@Command(name = "mycel", mixinStandardHelpOptions = true, version = "mycel 0.1.0",
        description = "Mycel: say what you want; Mycel does it safely.",
        subcommands = {AuditCommand.class})
public final class MycelCommand implements Runnable {

    public static int execute(String[] args) {
        return new CommandLine(new MycelCommand()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
