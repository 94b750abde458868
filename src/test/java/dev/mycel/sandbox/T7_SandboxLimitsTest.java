package dev.mycel.sandbox;

import static dev.mycel.sandbox.SandboxFixture.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.SandboxSettings;
import dev.mycel.policy.Language;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** T7 (resource exhaustion): each configurable sandbox limit, set low and crossed. */
@Tag("T7")
class T7_SandboxLimitsTest {
    @TempDir
    Path dir;
    SandboxFixture f;
    final SandboxSettings d = SandboxSettings.defaults();

    @BeforeEach
    void setUp() throws Exception {
        f = new SandboxFixture(dir);
    }

    private SandboxSettings with(Duration timeout, long as, int procs, long fsize, Duration cpu, long tmpfs, int out) {
        return SandboxFixture.withLimits(d, timeout, as, procs, fsize, cpu, tmpfs, out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T7_wall_clock_timeout(String backend) {
        var s = with(Duration.ofSeconds(1), d.addressSpaceBytes(), d.maxProcesses(), d.maxFileBytes(), d.cpuTime(),
                d.tmpfsBytes(), d.outputLimitBytes());
        ExecOutcome o = f.sandbox(backend, s).run(f.command(Language.BASH, "echo before; sleep 30; echo after"));
        assertThat(o).isInstanceOfSatisfying(ExecOutcome.TimedOut.class, t -> {
            assertThat(t.stdout()).isEqualTo("before\n");
            assertThat(t.durationMs()).isLessThan(6000);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T7_address_space(String backend) {
        var s = with(d.timeout(), 256L << 20, d.maxProcesses(), d.maxFileBytes(), d.cpuTime(), d.tmpfsBytes(),
                d.outputLimitBytes());
        String code = "try:\n    b = bytearray(512 << 20)\n    print('allocated')\nexcept MemoryError:\n    print('refused')\n";
        assertThat(completed(f.sandbox(backend, s).run(f.command(Language.PYTHON, code))).stdout()).isEqualTo("refused\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T7_processes(String backend) {
        var s = with(d.timeout(), d.addressSpaceBytes(), 8, d.maxFileBytes(), d.cpuTime(), d.tmpfsBytes(),
                d.outputLimitBytes());
        var c = completed(f.sandbox(backend, s).run(f.command(Language.PYTHON, T2_ContainmentTest.FORKS)));
        assertThat(c.stdout()).contains("fork failed");
        assertThat(T2_ContainmentTest.forked(c)).isBetween(1, 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T7_file_size(String backend) {
        var s = with(d.timeout(), d.addressSpaceBytes(), d.maxProcesses(), 1L << 20, d.cpuTime(), d.tmpfsBytes(),
                d.outputLimitBytes());
        String code = "try:\n    open('/tmp/f', 'wb').write(b'x' * (2 << 20))\n    print('written')\n"
                + "except OSError as e:\n    print('refused', e.strerror)\n";
        assertThat(completed(f.sandbox(backend, s).run(f.command(Language.PYTHON, code))).stdout())
                .isEqualTo("refused File too large\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T7_cpu_time(String backend) {
        var s = with(Duration.ofSeconds(20), d.addressSpaceBytes(), d.maxProcesses(), d.maxFileBytes(),
                Duration.ofSeconds(1), d.tmpfsBytes(), d.outputLimitBytes());
        var c = completed(f.sandbox(backend, s).run(f.command(Language.PYTHON, "while True: pass")));
        assertThat(c.exitCode()).as("killed by SIGXCPU/SIGKILL").isNotZero();
        assertThat(c.durationMs()).isLessThan(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap"})
    void T7_tmpfs_size(String backend) {
        // firejail's /tmp and HOME tmpfs take no size: a known gap of that backend (see FirejailSandbox).
        var s = with(d.timeout(), d.addressSpaceBytes(), d.maxProcesses(), d.maxFileBytes(), d.cpuTime(), 2L << 20,
                d.outputLimitBytes());
        String code = "try:\n    open('/tmp/f', 'wb').write(b'x' * (3 << 20))\n    print('written')\n"
                + "except OSError as e:\n    print('refused', e.strerror)\n";
        assertThat(completed(f.sandbox(backend, s).run(f.command(Language.PYTHON, code))).stdout())
                .isEqualTo("refused No space left on device\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T7_output_per_stream(String backend) {
        var s = with(d.timeout(), d.addressSpaceBytes(), d.maxProcesses(), d.maxFileBytes(), d.cpuTime(),
                d.tmpfsBytes(), 1024);
        var c = completed(f.sandbox(backend, s).run(f.command(Language.JAVASCRIPT,
                "process.stdout.write('a'.repeat(5000)); process.stderr.write('b'.repeat(100));")));
        assertThat(c.stdout()).isEqualTo("a".repeat(1024));
        assertThat(c.stderr()).isEqualTo("b".repeat(100));
        assertThat(c.truncated()).isTrue();
    }
}
