package dev.mycel.patterns;

import static dev.mycel.patterns.BuiltInPatternsSandboxTest.c;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.lines;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.slots;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.patterns.BuiltInPatternsSandboxTest.Case;
import java.util.List;
import java.util.Map;

/** Sandbox cases for system facts, and for processes and ports given as synthetic host facts. */
final class SystemCases {
    private SystemCases() {
    }

    static List<Case> all() {
        String kernel = System.getProperty("os.version");
        return List.of(
                c("memory-info", Map.of(), (out, f) -> assertThat(out).containsPattern("(?m)^MemTotal\t[0-9.]+[KMGT]iB$")
                        .containsPattern("(?m)^MemAvailable\t")),
                c("cpu-info", Map.of(), (out, f) -> assertThat(out).containsPattern("(?m)^cores\t[1-9][0-9]*$")
                        .containsPattern("(?m)^load\t[0-9.]+ \\(1 min\\)")),
                c("uptime", Map.of(), (out, f) -> assertThat(out)
                        .matches("up \\d+ days, \\d+ hours, \\d+ minutes \\(\\d+ seconds\\)\n")),
                c("os-info", Map.of(), (out, f) -> assertThat(lines(out)).contains("kernel\t" + kernel)
                        .anyMatch(l -> l.matches("os\t.+"))),
                c("disk-free", slots("dir", "."), (out, f) -> {
                    assertThat(lines(out)).hasSize(2).first().isEqualTo("filesystem\tsize\tused\tfree\tuse");
                    assertThat(lines(out).get(1)).matches(".+\t.+\t.+\t.+\t\\d+%");
                }),
                c("system-summary", Map.of(), (out, f) -> assertThat(lines(out)).contains("kernel: " + kernel)
                        .anyMatch(l -> l.matches("memory: \\d+ MiB total, \\d+ MiB available"))),
                c("top-memory-processes", slots("count", "2"), (out, f) -> assertThat(lines(out)).containsExactly(
                        "pid\tuser\tmemory_mib\tcommand", "303\talice\t400.0\tjava -jar app.jar",
                        "101\talice\t200.0\tfirefox --new-window")),
                c("top-cpu-processes", slots("count", "1"), (out, f) -> assertThat(lines(out)).containsExactly(
                        "pid\tuser\tcpu_percent\tcommand", "202\tbob\t50.0\tpython3 train.py")),
                c("find-process", slots("name", "FIREFOX"), (out, f) -> assertThat(lines(out)).containsExactly(
                        "pid\tuser\tmemory_mib\tcpu_percent\tcommand", "101\talice\t200.0\t1.5\tfirefox --new-window")),
                c("process-count", Map.of(), (out, f) -> assertThat(lines(out))
                        .containsExactly("user\tprocesses", "alice\t2", "bob\t1", "total\t3")),
                c("listening-ports", Map.of(), (out, f) -> assertThat(lines(out)).containsExactly(
                        "proto\taddress\tport\tprocess", "tcp\t::\t22\t?", "udp\t0.0.0.0\t53\tdnsmasq",
                        "tcp\t127.0.0.1\t8080\tjava")));
    }
}
