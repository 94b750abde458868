package dev.mycel;

import dev.mycel.cli.MycelCommand;
import picocli.CommandLine;

/** Entry point: the command line. The runtime's object graph is wired in {@code runtime.Runtime}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MycelCommand.execute(args));
    }
}
