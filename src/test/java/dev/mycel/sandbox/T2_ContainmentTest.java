package dev.mycel.sandbox;

import static dev.mycel.sandbox.SandboxFixture.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.SandboxSettings;
import dev.mycel.policy.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** T2/T7: hostile code that tries to take the machine down or outlive its run is contained. */
@Tag("T2")
class T2_ContainmentTest {
    @TempDir
    Path dir;

    private static SandboxSettings tight(Duration timeout) {
        return SandboxFixture.withLimits(SandboxSettings.defaults(), timeout, 512L << 20, 32, 4L << 20,
                Duration.ofSeconds(10), 16L << 20, 64 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_fork_bomb_is_contained_and_leaves_nothing_behind(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String marker = "mycel-forkbomb-" + UUID.randomUUID();
        String code = "exec -a \"$1\" bash -c 'b(){ b | b & }; b' \"$1\"";
        var cmd = new SandboxCommand(Language.BASH, code, List.of(marker), Map.of(), f.work, List.of(),
                Duration.ofSeconds(4));
        ExecOutcome o = f.sandbox(backend, tight(Duration.ofSeconds(4))).run(cmd);
        assertThat(o).isInstanceOfAny(ExecOutcome.Completed.class, ExecOutcome.TimedOut.class);
        assertThat(processesWith(marker)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_fork_bomb_cannot_exceed_the_process_limit(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        var c = completed(f.sandbox(backend, tight(Duration.ofSeconds(20))).run(f.command(Language.PYTHON, FORKS)));
        assertThat(c.stdout()).contains("fork failed");
        assertThat(forked(c)).isLessThanOrEqualTo(32);
    }

    static final String FORKS = """
            import os, time, sys
            n = 0
            for i in range(500):
                try:
                    pid = os.fork()
                except OSError as e:
                    print("fork failed", e)
                    break
                if pid == 0:
                    time.sleep(5)
                    os._exit(0)
                n += 1
            print("forked", n)
            sys.stdout.flush()
            os._exit(0)
            """;

    static int forked(ExecOutcome.Completed c) {
        return c.stdout().lines().filter(l -> l.startsWith("forked ")).mapToInt(l -> Integer.parseInt(l.substring(7)))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_memory_bomb_is_contained(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String code = "chunks = []\ntry:\n    while True: chunks.append(bytearray(64 << 20))\n"
                + "except MemoryError:\n    print('refused at', len(chunks) * 64, 'MiB')\n";
        var c = completed(f.sandbox(backend, tight(Duration.ofSeconds(20))).run(f.command(Language.PYTHON, code)));
        assertThat(c.stdout()).contains("refused at");
    }

    @Test
    void T2_disk_fill_of_tmp_and_home_stops_at_the_tmpfs_size() throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String code = """
                import os, sys
                for d in ("/tmp", os.environ["HOME"]):
                    total = 0
                    try:
                        for i in range(10000):
                            with open(f"{d}/fill{i}", "wb") as fh:
                                fh.write(b"x" * (1 << 20))
                            total += 1
                    except OSError as e:
                        print(d, "stopped after", total, "MiB:", e.strerror)
                """;
        var c = completed(f.sandbox("bubblewrap", tight(Duration.ofSeconds(20))).run(f.command(Language.PYTHON, code)));
        assertThat(c.stdout()).contains("/tmp stopped after").contains(f.home + " stopped after")
                .contains("No space left on device");
        c.stdout().lines().filter(l -> l.contains("stopped after")).forEach(l -> assertThat(
                Integer.parseInt(l.replaceAll(".* stopped after (\\d+) MiB.*", "$1"))).isLessThanOrEqualTo(16));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_disk_fill_of_a_granted_dir_stops_at_the_file_size_limit(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String code = """
                import sys
                try:
                    with open(sys.argv[1] + "/big", "wb") as fh:
                        for i in range(64): fh.write(b"x" * (1 << 20))
                except OSError as e:
                    print("refused:", e.strerror)
                """;
        var cmd = new SandboxCommand(Language.PYTHON, code, List.of(f.out.toString()), Map.of(), f.work,
                List.of(f.out), Duration.ofSeconds(20));
        var c = completed(f.sandbox(backend, tight(Duration.ofSeconds(20))).run(cmd));
        assertThat(c.stdout()).contains("refused: File too large");
        assertThat(f.out.resolve("big")).hasSize(4L << 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_output_flood_is_capped_while_reading_and_the_run_still_ends(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        var c = completed(f.sandbox(backend, tight(Duration.ofSeconds(20)))
                .run(f.command(Language.BASH, "head -c 200000000 /dev/zero | tr '\\0' x; head -c 300000 /dev/zero >&2")));
        assertThat(c.truncated()).isTrue();
        assertThat(c.stdout().length()).isEqualTo(64 * 1024);
        assertThat(c.stderr().length()).isEqualTo(64 * 1024);
        assertThat(c.exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_timeout_kills_every_process_including_setsid_and_double_forked_ones(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String marker = "mycel-survivor-" + UUID.randomUUID();
        String code = """
                setsid bash -c 'exec -a "$0" sleep 1000' "$1" &
                ( ( exec -a "$1" sleep 1000 ) & ) &
                nohup bash -c 'trap "" TERM HUP; exec -a "$0" sleep 1000' "$1" >/dev/null 2>&1 &
                echo started
                exec -a "$1" sleep 1000
                """;
        var cmd = new SandboxCommand(Language.BASH, code, List.of(marker), Map.of(), f.work, List.of(),
                Duration.ofSeconds(2));
        ExecOutcome o = f.sandbox(backend).run(cmd);
        assertThat(o).isInstanceOfSatisfying(ExecOutcome.TimedOut.class, t -> {
            assertThat(t.stdout()).contains("started");
            assertThat(t.durationMs()).isBetween(1900L, 9000L);
        });
        assertThat(processesWith(marker)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_daemons_left_by_code_that_exits_normally_die_with_it(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String marker = "mycel-daemon-" + UUID.randomUUID();
        String code = "setsid bash -c 'exec -a \"$0\" sleep 1000' \"$1\" &\n( ( exec -a \"$1\" sleep 1000 ) & ) &\necho bye\n";
        var cmd = new SandboxCommand(Language.BASH, code, List.of(marker), Map.of(), f.work, List.of(),
                Duration.ofSeconds(10));
        var c = completed(f.sandbox(backend).run(cmd));
        assertThat(c.stdout()).contains("bye");
        assertThat(processesWith(marker)).isEmpty();
    }

    /** Asks ps, from outside the sandbox, for every process whose command line holds the marker. */
    static List<String> processesWith(String marker) throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-eo", "pid,args").redirectErrorStream(true).start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ps.waitFor();
        return out.lines().filter(l -> l.contains(marker)).toList();
    }
}
