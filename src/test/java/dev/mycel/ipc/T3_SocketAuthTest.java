package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** T3: only the token holder gets past ping, and the socket's files are owner-only. */
@Tag("T3")
class T3_SocketAuthTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @Test
    void T3_socketTokenAndDirAreOwnerOnly() throws Exception {
        rt.start();
        assertThat(mode(rt.places().runtimeDir())).isEqualTo("rwx------");
        assertThat(mode(rt.places().socket())).isEqualTo("rw-------");
        assertThat(mode(rt.places().tokenFile())).isEqualTo("rw-------");
        assertThat(rt.token()).matches("[0-9a-f]{64}");
    }

    @Test
    void T3_withoutTokenOnlyPingWorks() throws Exception {
        rt.start();
        RawClient c = rt.client();
        assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
        for (String method : new String[] {"status", "session.resume", "shutdown", "exec", "nonexistent"}) {
            assertThat(RawClient.errorCode(c.call(method))).as(method).isEqualTo(-32001);
        }
    }

    @Test
    void T3_wrongTokenIsRefusedAndNotEchoed() throws Exception {
        rt.start();
        RawClient c = rt.client();
        String guess = "f".repeat(64);
        JsonNode reply = c.auth(guess);
        assertThat(RawClient.errorCode(reply)).isEqualTo(-32001);
        assertThat(reply.toString()).doesNotContain(guess).doesNotContain(rt.token());
        assertThat(RawClient.errorCode(c.call("status"))).isEqualTo(-32001);
        assertThat(rt.log()).doesNotContain(rt.token());
    }

    @Test
    void T3_rightTokenOpensASession() throws Exception {
        rt.start();
        RawClient c = rt.client();
        JsonNode reply = c.auth(rt.token());
        assertThat(reply.path("result").path("sessionId").asText()).matches("[0-9a-f-]{36}");
        assertThat(c.call("status").path("result").path("version").asText()).isEqualTo("0.1.0");
    }

    private static String mode(java.nio.file.Path p) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
}
