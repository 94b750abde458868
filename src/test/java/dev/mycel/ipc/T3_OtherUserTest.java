package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.harness.OtherUserClient;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T3: a client running as another local user (the unprivileged {@code mycel-test}) is refused by
 * its kernel-reported uid, even after someone loosened the dir to 0777 and the socket to 0666;
 * the {@code [ipc] allowed_uids} list is the only way to let it in.
 */
@Tag("T3")
class T3_OtherUserTest {
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @Test
    void T3_otherUserCannotEvenOpenTheSocketWithDefaultModes() throws Exception {
        OtherUserClient.requireUid();
        rt.start();
        OtherUserClient.openPathTo(rt.places().runtimeDir());
        List<JsonNode> replies = OtherUserClient.exchange(rt.places().socket(), PING);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).path("connectError").asText()).contains("PermissionError");
    }

    @Test
    void T3_otherUserIsRefusedEvenWhenModesAreLoosened() throws Exception {
        OtherUserClient.requireUid();
        rt.start();
        loosenModes();
        String token = rt.token();
        List<JsonNode> replies = OtherUserClient.exchange(rt.places().socket(), PING, auth(token), PING);

        assertThat(replies).as("one refusal, then the runtime hangs up").hasSizeLessThanOrEqualTo(2);
        JsonNode refusal = replies.get(0);
        assertThat(RawClient.errorCode(refusal)).isEqualTo(-32001);
        assertThat(refusal.path("error").path("message").asText()).contains("another local user");
        assertThat(replies).noneMatch(r -> r.path("result").isTextual() || r.path("result").has("sessionId"));
        if (replies.size() == 2) {
            assertThat(replies.get(1).path("closed").asBoolean()).isTrue();
        }
        assertThat(rt.log()).contains("refused a connection from user " + OtherUserClient.USER);

        // the owner is still served, and the refused attempt cost it nothing
        RawClient owner = rt.authedClient();
        assertThat(owner.call("status").path("result").path("connections").asInt()).isEqualTo(1);
    }

    @Test
    void T3_allowListedUidIsAdmitted() throws Exception {
        int uid = OtherUserClient.requireUid();
        rt.config("[ipc]\nallowed_uids = [" + uid + "]\n").start();
        loosenModes();
        List<JsonNode> replies = OtherUserClient.exchange(rt.places().socket(), PING, auth(rt.token()),
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"status\"}");

        assertThat(replies).hasSize(3);
        assertThat(replies.get(0).path("result").asText()).isEqualTo("pong");
        assertThat(replies.get(1).path("result").path("sessionId").asText()).matches("[0-9a-f-]{36}");
        assertThat(replies.get(2).path("result").path("version").asText()).isEqualTo("0.1.0");
        assertThat(rt.log()).contains("opened for local user " + OtherUserClient.USER);
    }

    @Test
    void T3_allowListedUidStillNeedsTheToken() throws Exception {
        int uid = OtherUserClient.requireUid();
        rt.config("[ipc]\nallowed_uids = [" + uid + "]\n").start();
        loosenModes();
        List<JsonNode> replies = OtherUserClient.exchange(rt.places().socket(),
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\"}", auth("0".repeat(64)),
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"status\"}");

        assertThat(replies).hasSize(3).allSatisfy(r -> assertThat(RawClient.errorCode(r)).isEqualTo(-32001));
    }

    private void loosenModes() throws Exception {
        OtherUserClient.openPathTo(rt.places().runtimeDir());
        Files.setPosixFilePermissions(rt.places().runtimeDir(), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(rt.places().socket(), PosixFilePermissions.fromString("rw-rw-rw-"));
    }

    private static String auth(String token) {
        return "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"auth\",\"params\":{\"token\":\"" + token + "\"}}";
    }
}
