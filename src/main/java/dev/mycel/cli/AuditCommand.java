package dev.mycel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mycel audit}: the audit log's verifier and reader. Both read the file in the data
 * dir directly, so they work while the runtime is down, which is when a log is most often
 * inspected.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check or read the audit log.",
        subcommands = {AuditVerifyCommand.class, AuditTailCommand.class})
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
