package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycel.harness.RuntimeHarness;
import dev.mycel.runtime.MycelRuntime;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** T3: the runtime refuses a directory someone else could plant or swap files in. */
@Tag("T3")
class T3_RuntimeDirTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @Test
    void T3_symlinkedRuntimeDirIsRefused() throws Exception {
        java.nio.file.Path real = Files.createDirectory(rt.root().resolve("elsewhere"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createSymbolicLink(rt.places().runtimeDir(), real);
        assertThatThrownBy(rt::start).isInstanceOf(MycelRuntime.StartException.class).hasMessageContaining("symlink");
        assertThat(Files.list(real)).isEmpty();
    }

    @Test
    void T3_groupWritableRuntimeDirIsRefused() throws Exception {
        Files.createDirectory(rt.places().runtimeDir(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(rt.places().runtimeDir(), PosixFilePermissions.fromString("rwxrwx---"));
        assertThatThrownBy(rt::start).isInstanceOf(MycelRuntime.StartException.class).hasMessageContaining("writable by others");
        assertThat(Files.exists(rt.places().tokenFile())).isFalse();
    }

    @Test
    void T3_secondRuntimeOnTheSameDirIsRefused() throws Exception {
        rt.start();
        assertThatThrownBy(() -> MycelRuntime.start(rt.loadConfig(), InstantSource.system()))
                .isInstanceOf(MycelRuntime.StartException.class).hasMessageContaining("already running");
        assertThat(SocketProbe.answersPing(rt.places().socket(), Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void T3_staleSocketIsCleanedUp() throws Exception {
        Files.createDirectory(rt.places().runtimeDir(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (ServerSocketChannel stale = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            stale.bind(UnixDomainSocketAddress.of(rt.places().socket()));
        }
        assertThat(Files.exists(rt.places().socket())).isTrue();
        rt.start();
        assertThat(SocketProbe.answersPing(rt.places().socket(), Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void T3_stopRemovesSocketAndToken() throws Exception {
        MycelRuntime runtime = rt.start();
        runtime.stop();
        assertThat(Files.exists(rt.places().socket())).isFalse();
        assertThat(Files.exists(rt.places().tokenFile())).isFalse();
    }

    @Test
    void T3_sigtermStopsGracefullyAndRemovesSocketAndToken() throws Exception {
        Process daemon = rt.fork();
        assertThat(Files.exists(rt.places().tokenFile())).isTrue();
        daemon.destroy(); // SIGTERM, as a service manager or `kill` sends it
        assertThat(daemon.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(rt.places().socket())).isFalse();
        assertThat(Files.exists(rt.places().tokenFile())).isFalse();
        // the logger may already be shut down by then; the audit log is the record that stop() ran
        assertThat(Files.readString(dev.mycel.audit.AuditLog.fileIn(rt.places().dataDir()))).contains("RuntimeStopped");
    }

    @Test
    void T3_sigtermWhileStartingStillRemovesSocketAndToken() throws Exception {
        Process daemon = rt.forkWithoutWaiting();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(rt.places().tokenFile()) && daemon.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(Files.exists(rt.places().tokenFile())).as("the token is written early in the start").isTrue();
        daemon.destroy(); // the token exists, the runtime is not ready yet
        assertThat(daemon.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(rt.places().socket())).isFalse();
        assertThat(Files.exists(rt.places().tokenFile())).isFalse();
    }
}
