package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T7: 500 clients connected and talking at once each get their own right answers, and the
 * connection cap turns away one more with -32004 and a message that says what to do.
 */
@Tag("T7")
class T7_ConcurrencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 500;

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @Test
    void T7_fiveHundredConcurrentClientsEachGetTheirOwnAnswers() throws Exception {
        rt.config("[ipc]\nrequests_per_minute = 1000000\n").start();
        String token = rt.token();
        List<RawClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(rt.client());
        }
        RawClient probe = rt.authedClient();
        assertThat(connections(probe)).as("all connected at once").isEqualTo(CLIENTS + 1);

        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<Future<String>> sessions = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CLIENTS; i++) {
                RawClient c = clients.get(i);
                String tag = "c" + i;
                sessions.add(pool.submit(() -> {
                    go.await();
                    JsonNode auth = exchange(c, tag + "-auth", "auth", JSON.createObjectNode().put("token", token));
                    String id = auth.path("result").path("sessionId").asText();
                    for (int k = 0; k < 3; k++) {
                        JsonNode pong = exchange(c, tag + "-ping-" + k, "ping", null);
                        if (!"pong".equals(pong.path("result").asText())) {
                            problems.add(tag + " ping: " + pong);
                        }
                        JsonNode resumed = exchange(c, tag + "-resume-" + k, "session.resume",
                                JSON.createObjectNode().put("sessionId", id));
                        if (!id.equals(resumed.path("result").path("sessionId").asText())) {
                            problems.add(tag + " got someone else's session: " + resumed);
                        }
                    }
                    JsonNode status = exchange(c, tag + "-status", "status", null);
                    if (status.path("result").path("connections").asInt() < 2) {
                        problems.add(tag + " status: " + status);
                    }
                    return id;
                }));
            }
            go.countDown();
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> f : sessions) {
            ids.add(f.get());
        }
        assertThat(problems).isEmpty();
        assertThat(ids).as("one distinct session per client").hasSize(CLIENTS).doesNotContain("");
        assertThat(probe.call("status").path("result").path("sessions").asInt()).isEqualTo(CLIENTS + 1);
    }

    @Test
    void T7_connectionCapRefusesTheNextClientClearly() throws Exception {
        rt.config("[ipc]\nmax_connections = 5\n").start();
        List<RawClient> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RawClient c = rt.client();
            assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
            admitted.add(c);
        }
        RawClient sixth = rt.client();
        JsonNode refusal = sixth.next(Duration.ofSeconds(10));
        assertThat(RawClient.errorCode(refusal)).isEqualTo(-32004);
        assertThat(refusal.path("error").path("message").asText())
                .contains("too many connections").contains("limit 5").contains("ipc.max_connections");
        assertThat(RawClient.isClosed(sixth.next(Duration.ofSeconds(10)))).as("and then hung up").isTrue();
        for (RawClient c : admitted) {
            assertThat(c.call("ping").path("result").asText()).as("those inside are unaffected").isEqualTo("pong");
        }

        // a slot that frees up is usable again
        admitted.get(0).close();
        JsonNode reply = JSON.createObjectNode();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            try (RawClient again = RawClient.connect(rt.places().socket())) {
                reply = again.call("ping");
                if ("pong".equals(reply.path("result").asText())) {
                    break;
                }
            } catch (java.io.IOException stillFull) {
                // the runtime has not noticed the close yet: refused with -32004 and hung up before our write
            }
            Thread.sleep(50);
        }
        assertThat(reply.path("result").asText()).isEqualTo("pong");
    }

    private static int connections(RawClient probe) throws Exception {
        int n = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            n = probe.call("status").path("result").path("connections").asInt();
            if (n == CLIENTS + 1) {
                break;
            }
            Thread.sleep(50);
        }
        return n;
    }

    /** Sends one request with a unique id and returns the reply, which must carry that same id. */
    private static JsonNode exchange(RawClient c, String id, String method, JsonNode params) throws Exception {
        var req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            req.set("params", params);
        }
        c.sendLine(JSON.writeValueAsString(req));
        JsonNode reply = c.next(Duration.ofSeconds(30));
        if (reply == null || !id.equals(reply.path("id").asText())) {
            throw new AssertionError("request " + id + " got " + reply);
        }
        return reply;
    }
}
