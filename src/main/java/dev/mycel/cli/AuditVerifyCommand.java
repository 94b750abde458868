package dev.mycel.cli;

import dev.mycel.audit.AuditLog;
import dev.mycel.audit.VerifyResult;
import dev.mycel.config.Places;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mycel audit verify}: checks the audit log's hash chain and its head.
 *
 * <p>Exit 0 when intact. Exit 0 too for a torn tail (an incomplete last write, as a crash
 * leaves it), with a warning on stderr: every acknowledged entry verified, and the runtime
 * seals the tail when it next starts. Exit 1 when the log is broken, naming the first bad
 * entry, and when it is missing or cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the audit log's hash chain; exit 1 naming the first bad entry if it is broken.")
final class AuditVerifyCommand implements Callable<Integer> {
    static final int BROKEN = 1;

    @Spec
    CommandSpec spec;

    private final Path file;

    AuditVerifyCommand() {
        this(AuditLog.fileIn(Places.fromEnvironment(System.getenv()).dataDir()));
    }

    AuditVerifyCommand(Path file) {
        this.file = file;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            err.println("no audit log at " + file);
            return BROKEN;
        }
        try {
            VerifyResult result = AuditLog.verify(file);
            return switch (result) {
                case VerifyResult.Intact i -> report(out, result, 0);
                case VerifyResult.TornTail t -> report(err, "warning: " + result.describe(), 0);
                case VerifyResult.Broken b -> report(err, result.describe(), BROKEN);
            };
        } catch (IOException e) {
            err.println("cannot verify " + file + ": " + e.getMessage());
            return BROKEN;
        }
    }

    private int report(PrintWriter to, VerifyResult result, int exitCode) {
        return report(to, result.describe() + " (" + file + ")", exitCode);
    }

    private static int report(PrintWriter to, String line, int exitCode) {
        to.println(line);
        to.flush();
        return exitCode;
    }
}
