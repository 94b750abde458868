package dev.mycel.harness;

import dev.mycel.ai.offline.MiniLm;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The test JVM exits right after its last test, maybe while a runtime it started is still
 * loading or embedding with the sentence model; it quiesces first, as {@code Main} does.
 */
public final class QuiesceAtEnd implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        MiniLm.quiesce(Duration.ofSeconds(10));
    }
}
