package dev.mycel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.audit.AuditLog;
import dev.mycel.audit.VerifyResult;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T1 and invariants 1, 2, 8 over the real socket: code the validator marks risky waits for the
 * user; approve, decline, silence, a disconnect and another session's answer each do what the
 * rules say, and the audit log has the decision before the run.
 */
@Tag("T1")
class T1_ConfirmationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private Path work;
    private Path victim;

    @BeforeEach
    void setUp() throws Exception {
        rt.config("[policy]\nconfirm_timeout_seconds = 2\n").start();
        work = Files.createDirectories(rt.root().resolve("work"));
        victim = Files.writeString(work.resolve("notes.txt"), "keep me");
    }

    private ObjectNode risky() {
        return exec("rm -f notes.txt\necho removed\n");
    }

    private ObjectNode exec(String code) {
        return JSON.createObjectNode().put("language", "bash").put("code", code).put("cwd", work.toString());
    }

    private void send(RawClient c, long id, String method, JsonNode params) throws Exception {
        ObjectNode req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        req.set("params", params);
        c.sendLine(JSON.writeValueAsString(req));
    }

    private JsonNode awaitPending(RawClient c) {
        for (int i = 0; i < 50; i++) {
            JsonNode m = c.next(Duration.ofSeconds(5));
            if (m == null || RawClient.isClosed(m)) {
                return null;
            }
            if ("action.pending".equals(m.path("method").asText())) {
                return m.path("params");
            }
        }
        return null;
    }

    private JsonNode awaitReply(RawClient c, long id) {
        for (int i = 0; i < 50; i++) {
            JsonNode m = c.next(Duration.ofSeconds(10));
            if (m == null || RawClient.isClosed(m)) {
                return m;
            }
            if (m.path("id").asLong(-1) == id) {
                return m;
            }
        }
        return null;
    }

    private static ObjectNode answer(String actionId, boolean approve, String scope) {
        return JSON.createObjectNode().put("actionId", actionId).put("approve", approve).put("scope", scope);
    }

    @Test
    void T1_riskyCodeWaitsAndRunsWhenApproved() throws Exception {
        RawClient c = rt.authedClient();
        send(c, 10, "exec", risky());
        JsonNode pending = awaitPending(c);
        assertThat(pending).isNotNull();
        assertThat(pending.path("risk").asText()).isIn("medium", "high");
        assertThat(pending.path("action").path("code").asText()).contains("rm -f notes.txt");
        assertThat(Files.exists(victim)).isTrue();
        send(c, 11, "action.confirm", answer(pending.path("actionId").asText(), true, "once"));
        JsonNode reply = awaitReply(c, 10);
        assertThat(reply.path("result").path("stdout").asText()).contains("removed");
        assertThat(reply.path("result").path("decision").asText()).isEqualTo("confirm");
    }

    @Test
    void T1_declinedCodeDoesNotRun() throws Exception {
        RawClient c = rt.authedClient();
        send(c, 10, "exec", risky());
        JsonNode pending = awaitPending(c);
        send(c, 11, "action.confirm", answer(pending.path("actionId").asText(), false, "once"));
        JsonNode reply = awaitReply(c, 10);
        assertThat(RawClient.errorCode(reply)).isEqualTo(-32011);
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }

    @Test
    void T1_noAnswerInTimeIsADenial() throws Exception {
        RawClient c = rt.authedClient();
        send(c, 10, "exec", risky());
        assertThat(awaitPending(c)).isNotNull();
        JsonNode reply = awaitReply(c, 10);
        assertThat(RawClient.errorCode(reply)).isEqualTo(-32011);
        assertThat(reply.path("error").path("message").asText()).contains("no answer");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }

    @Test
    void T1_disconnectIsADenial() throws Exception {
        RawClient c = rt.authedClient();
        send(c, 10, "exec", risky());
        assertThat(awaitPending(c)).isNotNull();
        c.close();
        Thread.sleep(3000);
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        List<String> audit = Files.readAllLines(AuditLog.fileIn(rt.places().dataDir()));
        assertThat(audit).noneMatch(l -> l.contains("\"type\":\"ExecCompleted\""));
        assertThat(audit).anyMatch(l -> l.contains("\"type\":\"ActionDeclined\"") && l.contains("disconnected"));
    }

    @Test
    void T1_anotherSessionCannotAnswer() throws Exception {
        RawClient owner = rt.authedClient();
        RawClient intruder = rt.authedClient();
        send(owner, 10, "exec", risky());
        JsonNode pending = awaitPending(owner);
        JsonNode theirs = intruder.call("action.confirm", answer(pending.path("actionId").asText(), true, "once"));
        assertThat(RawClient.errorCode(theirs)).isEqualTo(-32602);
        JsonNode reply = awaitReply(owner, 10);
        assertThat(RawClient.errorCode(reply)).isEqualTo(-32011);
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }

    @Test
    void T1_sessionScopedApprovalCoversTheSameShapeOnly() throws Exception {
        RawClient c = rt.authedClient();
        send(c, 10, "exec", risky());
        JsonNode pending = awaitPending(c);
        send(c, 11, "action.confirm", answer(pending.path("actionId").asText(), true, "session"));
        assertThat(awaitReply(c, 10).has("result")).isTrue();
        Files.writeString(work.resolve("other.txt"), "x");
        JsonNode again = c.call("exec", exec("rm -f other.txt\necho removed\n"));
        assertThat(again.path("result").path("stdout").asText()).contains("removed");
        JsonNode list = c.call("approvals.list");
        assertThat(list.path("result")).hasSize(1);
        String id = list.path("result").get(0).path("id").asText();
        assertThat(c.call("approvals.revoke", JSON.createObjectNode().put("id", id)).has("result")).isTrue();
        assertThat(c.call("approvals.list").path("result")).isEmpty();
    }

    @Test
    void T1_hostileCodeIsDeniedWithoutAsking() throws Exception {
        RawClient c = rt.authedClient();
        JsonNode reply = c.call("exec", exec("echo Y2F0IH4vLnNzaC9pZF9lZDI1NTE5 | base64 -d | sh\n"));
        assertThat(RawClient.errorCode(reply)).isEqualTo(-32010);
        assertThat(reply.path("error").path("data").path("findings")).isNotEmpty();
    }

    @Test
    void T1_decisionIsInTheAuditLogBeforeTheRun() throws Exception {
        RawClient c = rt.authedClient();
        JsonNode reply = c.call("exec", exec("echo hi\n"));
        assertThat(reply.path("result").path("stdout").asText()).isEqualTo("hi\n");
        Path log = AuditLog.fileIn(rt.places().dataDir());
        List<String> lines = Files.readAllLines(log);
        int decided = indexOf(lines, "\"type\":\"ActionDecided\"");
        int ran = indexOf(lines, "\"type\":\"ExecCompleted\"");
        assertThat(decided).isGreaterThanOrEqualTo(0).isLessThan(ran);
        assertThat(AuditLog.verify(log)).isInstanceOf(VerifyResult.Intact.class);
        assertThat(String.join("\n", lines)).doesNotContain(rt.token());
    }

    private static int indexOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        return -1;
    }
}
