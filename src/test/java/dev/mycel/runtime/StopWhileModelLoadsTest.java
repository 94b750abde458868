package dev.mycel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sentence model is still loading, in native code, for a moment after the runtime is ready.
 * A stop in that moment must exit cleanly: ONNX Runtime's globals torn down under a running
 * load crashed the JVM and left a crash file in the user's working directory.
 */
class StopWhileModelLoadsTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @RepeatedTest(3)
    void sigtermRightAfterReadyExitsWithoutACrash() throws Exception {
        Process daemon = rt.fork();
        daemon.destroy();
        assertThat(daemon.waitFor(40, TimeUnit.SECONDS)).isTrue();
        assertThat(daemon.exitValue()).as("exit status; log:\n%s", rt.forkedLog()).isEqualTo(143);
        try (Stream<java.nio.file.Path> files = Files.list(rt.root())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }
}
