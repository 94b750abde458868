package dev.mycel.ai.offline;

import dev.mycel.patterns.BuiltInPatterns;
import java.nio.file.Path;

/**
 * The matcher over Mycel's built-in patterns, built once per process in the background: every
 * runtime in one JVM shares the model and the index, and the first request waits only for what
 * is left of the load.
 */
public final class BuiltInEngine {
    private static PatternMatcher matcher;

    private BuiltInEngine() {
    }

    public static synchronized PatternMatcher matcher(Path cacheDir) {
        if (matcher == null) {
            matcher = PatternMatcher.inBackground(BuiltInPatterns.load(), MiniLm.shared(cacheDir));
        }
        return matcher;
    }
}
