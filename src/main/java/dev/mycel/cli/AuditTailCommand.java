package dev.mycel.cli;

import dev.mycel.audit.AuditLog;
import dev.mycel.config.Places;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mycel audit tail [-n N]}: the last N entries (default 20), one readable line each.
 * It shows; it does not verify (that is {@code mycel audit verify}). Exit 1 when the log is
 * missing or cannot be read.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, description = "Show the most recent audit entries.")
final class AuditTailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--lines"}, defaultValue = "20", paramLabel = "N",
            description = "How many entries to show (default: ${DEFAULT-VALUE}).")
    int lines;

    private final Path file;

    AuditTailCommand() {
        this(AuditLog.fileIn(Places.fromEnvironment(System.getenv()).dataDir()));
    }

    AuditTailCommand(Path file) {
        this.file = file;
    }

    @Override
    public Integer call() {
        if (lines < 1) {
            throw new ParameterException(spec.commandLine(), "-n must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            err.println("no audit log at " + file);
            return 1;
        }
        try {
            AuditLog.tail(file, lines).forEach(out::println);
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
