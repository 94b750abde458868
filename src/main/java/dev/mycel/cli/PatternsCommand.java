package dev.mycel.cli;

import dev.mycel.ai.offline.BuiltInEngine;
import dev.mycel.ai.offline.HeldOut;
import dev.mycel.config.Places;
import dev.mycel.config.RuntimeConfig;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mycel patterns}: the offline engine's patterns. */
@Command(name = "patterns", description = "Patterns: the offline engine's accuracy and the collective's store.",
        subcommands = {PatternsCommand.Accuracy.class, SharedPatternCommands.ListPatterns.class, SharedPatternCommands.Show.class,
            SharedPatternCommands.Import.class, SharedPatternCommands.Export.class, SharedPatternCommands.Trust.class,
            SharedPatternCommands.Block.class, SharedPatternCommands.Pending.class, SharedPatternCommands.Approve.class,
            SharedPatternCommands.Reject.class, SharedPatternCommands.Sync.class, SharedPatternCommands.Stats.class})
final class PatternsCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }

    /** Matches the held-out phrasings in this process (no runtime needed) and reports how it did. */
    @Command(name = "accuracy", description = "Match the held-out phrasings and report how often the right pattern was chosen.")
    static final class Accuracy implements Callable<Integer> {
        @Option(names = "--all", description = "List every phrasing, not only the misses.")
        boolean all;

        @Override
        public Integer call() {
            Places places = Places.fromEnvironment(System.getenv());
            Optional<RuntimeConfig> config = UpCommand.loadConfig(places);
            if (config.isEmpty()) {
                return ExitCodes.CONFIG;
            }
            double threshold = config.get().offline().minConfidence();
            HeldOut.Report report = HeldOut.evaluate(HeldOut.load(), BuiltInEngine.matcher(places.dataDir().resolve("cache")),
                    threshold);
            System.out.println("confidence threshold " + threshold + " ([offline] min_confidence)");
            System.out.println(report.render(all));
            boolean met = report.rightPattern() >= 0.90 && report.guessed() <= 0.02;
            return met ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
