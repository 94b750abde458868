package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T4 (and T3 for the token): after a real runtime process has authenticated clients, resumed
 * sessions and been stopped with {@code mycel down}, no file under its runtime dir, data dir or
 * home, and no log line, holds the token or a session id; the token file and socket are gone.
 */
@Tag("T4")
class T4_NoSecretsOnDiskTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @Test
    void T4_forkedRunLeavesNoTokenOrSessionIdOnDisk() throws Exception {
        Process daemon = rt.fork();
        String token = rt.token();
        List<String> secrets = exercise(token);
        assertThat(secrets).hasSizeGreaterThan(3);

        // not on the daemon's command line or in its environment either, while it runs
        assertThat(Files.readString(Path.of("/proc/" + daemon.pid() + "/cmdline"))).doesNotContain(token);
        assertThat(Files.readString(Path.of("/proc/" + daemon.pid() + "/environ"))).doesNotContain(token);

        RuntimeHarness.CliResult down = rt.cli("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(down.output()).doesNotContain(token);
        assertThat(daemon.waitFor(15, TimeUnit.SECONDS)).as("daemon exits after down").isTrue();
        assertThat(daemon.exitValue()).isZero();

        assertThat(rt.places().tokenFile()).doesNotExist();
        assertThat(rt.places().socket()).doesNotExist();
        assertThat(rt.places().runtimeDir()).isDirectory();
        assertThat(rt.forkedLog()).as("the run was logged at all").contains("opened for local user");
        assertNowhere(secrets);
    }

    @Test
    void T4_inProcessRunAtFineLevelLogsNoSecret() throws Exception {
        var runtime = rt.start();
        List<String> secrets = exercise(rt.token());
        runtime.stop();
        assertThat(rt.places().tokenFile()).doesNotExist();
        assertNowhere(secrets);
        assertThat(rt.log()).contains("session s1 opened");
    }

    /** Auth, wrong guesses, resume, status and broken lines that carry the secrets; returns every secret seen. */
    private List<String> exercise(String token) throws IOException {
        List<String> secrets = new ArrayList<>(List.of(token));
        List<String> replies = new ArrayList<>();
        RawClient wrong = rt.client();
        replies.add(wrong.auth(token.substring(0, 63) + "0").toString());
        RawClient a = rt.client();
        JsonNode auth = a.auth(token);
        replies.add(auth.toString());
        String idA = auth.path("result").path("sessionId").asText();
        secrets.add(idA);
        RawClient b = rt.client();
        String idB = b.auth(token).path("result").path("sessionId").asText();
        secrets.add(idB);
        replies.add(b.call("session.resume", JSON.createObjectNode().put("sessionId", idA)).toString());
        replies.add(b.call("status").toString());
        replies.add(a.call("session.resume", JSON.createObjectNode().put("sessionId", idB.replace('-', '_'))).toString());
        b.sendLine("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"session.resume\",\"params\":{\"sessionId\":" + idB + "}}");
        replies.add(b.next(Duration.ofSeconds(10)).toString());
        b.sendLine("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"auth\",\"params\":{\"token\":\"" + token + "\"");
        replies.add(b.next(Duration.ofSeconds(10)).toString());
        RawClient c = rt.client();
        String idC = c.auth(token).path("result").path("sessionId").asText();
        secrets.add(idC);
        c.close();

        assertThat(replies).noneMatch(r -> r.contains(token));
        assertThat(String.join("\n", replies)).doesNotContain(idB);
        return secrets;
    }

    private void assertNowhere(List<String> secrets) throws IOException {
        List<String> needles = new ArrayList<>();
        for (String s : secrets) {
            needles.add(s);
            needles.add(s.toUpperCase(Locale.ROOT));
            needles.add(s.replace("-", ""));
        }
        List<Path> files;
        try (Stream<Path> walk = Stream.of(rt.places().runtimeDir(), rt.places().dataDir(), rt.places().home(), rt.root())
                .filter(Files::exists).flatMap(T4_NoSecretsOnDiskTest::walk)) {
            files = walk.filter(Files::isRegularFile).distinct().toList();
        }
        assertThat(files).as("something was written to disk").isNotEmpty();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String n : needles) {
                assertThat(text).as("%s must not contain a secret", f).doesNotContain(n);
            }
        }
        String log = rt.log();
        for (String n : needles) {
            assertThat(log).as("the runtime's log").doesNotContain(n);
        }
    }

    private static Stream<Path> walk(Path p) {
        try {
            return Files.walk(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
