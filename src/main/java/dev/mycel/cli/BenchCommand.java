package dev.mycel.cli;

import dev.mycel.ai.offline.OfflineBench;
import dev.mycel.policy.ValidatorBench;
import dev.mycel.privacy.RedactionBench;
import dev.mycel.runtime.AgentBench;
import dev.mycel.runtime.RuntimeBench;
import dev.mycel.sandbox.SandboxBench;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mycel bench}: the performance targets of DESIGN.md measured side by side in one run.
 * It works in temp dirs with its own runtimes, so it never disturbs a running Mycel.
 */
@Command(name = "bench", description = "Measure the socket, the sandbox, the validator and the redactor against their targets.")
final class BenchCommand implements Callable<Integer> {
    /** Held so it is not collected: the runtimes the bench starts would otherwise log every session. */
    private static final Logger QUIET = Logger.getLogger("dev.mycel");

    @Option(names = "--requests", defaultValue = "20000", description = "Socket round trips per server (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--runs", defaultValue = "50", description = "Sandbox runs per measurement (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--checks", defaultValue = "2000", description = "Validator checks per language (default ${DEFAULT-VALUE}).")
    int checks;

    @Option(names = "--passes", defaultValue = "10", description = "Redaction passes over ~4 MB of mixed text (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--turns", defaultValue = "60", description = "Chat turns per agent-loop measurement (default ${DEFAULT-VALUE}).")
    int turns;

    @Option(names = "--matches", defaultValue = "300", description = "Requests matched by the offline engine (default ${DEFAULT-VALUE}).")
    int matches;

    @Option(names = "--imports", defaultValue = "10000", description = "Shared patterns imported and verified (default ${DEFAULT-VALUE}).")
    int imports;

    @Option(names = "--stored", defaultValue = "100000", description = "Shared patterns in the store for the query figures (default ${DEFAULT-VALUE}).")
    int stored;

    @Override
    public Integer call() throws Exception {
        if (requests < 100 || runs < 5 || checks < 100 || passes < 1 || turns < 10 || matches < 10) {
            System.err.println("mycel: --requests and --checks must be at least 100, --runs at least 5, --passes at least 1, --turns and --matches at least 10");
            return ExitCodes.USAGE;
        }
        QUIET.setLevel(Level.WARNING);
        System.out.println(RuntimeBench.measure(requests, 5));
        System.out.println(SandboxBench.run(runs));
        System.out.println(ValidatorBench.run(checks));
        System.out.println(RedactionBench.run(passes));
        System.out.println(AgentBench.run(turns));
        System.out.println(OfflineBench.run(matches, java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "mycel-bench-cache")));
        System.out.println(dev.mycel.collective.CollectiveBench.run(Math.max(100, imports), Math.max(imports, stored),
                java.nio.file.Files.createTempDirectory("mycel-bench-collective")));
        return ExitCodes.OK;
    }
}
