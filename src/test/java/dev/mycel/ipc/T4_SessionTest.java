package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.harness.ManualClock;
import dev.mycel.harness.OtherUserClient;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T4: session ids are random v4 UUIDs nobody can predict, sessions die after the idle time
 * (the sweeper removes them), and {@code session.resume} is the only way into an existing
 * session: after a successful auth, for the same local user, for a live id only.
 */
@Tag("T4")
class T4_SessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANY = "[ipc]\nrequests_per_minute = 100000\n";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();
    @RegisterExtension
    final RuntimeHarness other = new RuntimeHarness();
    final ManualClock clock = new ManualClock();

    @Test
    void T4_thousandSessionIdsAreUniqueRandomV4Uuids() throws Exception {
        rt.config(MANY).start();
        List<String> ids = openSessions(rt, 1000);

        assertThat(new HashSet<>(ids)).hasSize(1000);
        Set<String> prefixes = new HashSet<>();
        int[] ones = new int[128];
        for (String id : ids) {
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            UUID u = UUID.fromString(id);
            assertThat(u.version()).isEqualTo(4);
            assertThat(u.variant()).isEqualTo(2);
            prefixes.add(id.substring(0, 12));
            BigInteger bits = bits(u);
            for (int i = 0; i < 128; i++) {
                if (bits.testBit(i)) {
                    ones[i]++;
                }
            }
        }
        assertThat(prefixes).as("no two ids share their first 48 bits").hasSize(1000);
        double entropyBits = 0;
        for (int i = 0; i < 128; i++) {
            if (fixedBit(i)) {
                continue;
            }
            // each random bit is set in about half the ids: 400..600 of 1000 is over 6 sigma
            assertThat(ones[i]).as("bit %d set in %d of 1000 ids", i, ones[i]).isBetween(400, 600);
            double p = ones[i] / 1000.0;
            entropyBits += -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
        }
        assertThat(entropyBits).as("measured entropy per id over its 122 random bits").isGreaterThan(121.0);
        double hamming = 0;
        for (int i = 1; i < ids.size(); i++) {
            hamming += bits(UUID.fromString(ids.get(i))).xor(bits(UUID.fromString(ids.get(i - 1)))).bitCount();
        }
        assertThat(hamming / (ids.size() - 1)).as("mean bits changed between consecutive ids (61 expected)")
                .isBetween(57.0, 65.0);
    }

    @Test
    void T4_twoRuntimesDrawDifferentIds() throws Exception {
        rt.config(MANY).start();
        other.config(MANY).start();
        List<String> a = openSessions(rt, 20);
        List<String> b = openSessions(other, 20);
        assertThat(a).doesNotContainAnyElementsOf(b);
    }

    @Test
    void T4_sessionExpiresAfterIdleAndTheSweeperRemovesIt() throws Exception {
        rt.config("[ipc]\nsession_idle_seconds = 2\n").start(clock);
        Instant t0 = clock.instant();
        RawClient a = rt.client();
        JsonNode opened = a.auth(rt.token()).path("result");
        String idA = opened.path("sessionId").asText();
        assertThat(Instant.parse(opened.path("expiresAt").asText())).isEqualTo(t0.plusSeconds(2));

        // use keeps it alive past the idle time in total
        clock.advance(Duration.ofMillis(1500));
        assertThat(a.call("status").has("result")).isTrue();
        clock.advance(Duration.ofMillis(1500));
        assertThat(a.call("status").has("result")).isTrue();
        // idle for the whole time ends it
        clock.advance(Duration.ofSeconds(2));
        JsonNode expired = a.call("status");
        assertThat(RawClient.errorCode(expired)).isEqualTo(-32001);
        assertThat(expired.path("error").path("message").asText()).contains("expired");

        RawClient b = rt.authedClient();
        assertThat(RawClient.errorCode(b.call("session.resume", resume(idA)))).as("an expired id is refused").isEqualTo(-32001);
        assertThat(b.call("status").has("result")).as("b is still in its own session").isTrue();

        // a session nobody touches is removed by the sweeper (it runs every second here)
        RawClient c = rt.client();
        c.auth(rt.token());
        clock.advance(Duration.ofMillis(1500));
        assertThat(b.call("status").path("result").path("sessions").asInt()).as("a (expired), b, c").isGreaterThanOrEqualTo(2);
        clock.advance(Duration.ofMillis(1000));
        // b is touched by each status call below; c was last seen 2.5 s ago and is never touched
        int sessions = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (System.nanoTime() < deadline) {
            sessions = b.call("status").path("result").path("sessions").asInt();
            if (sessions == 1) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(sessions).as("only b is left after the sweep").isEqualTo(1);
        assertThat(RawClient.errorCode(c.call("status"))).isEqualTo(-32001);
    }

    @Test
    void T4_defaultIdleIsTwentyFourHours() throws Exception {
        rt.start(clock);
        RawClient a = rt.authedClient();
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(a.call("status").has("result")).isTrue();
        clock.advance(Duration.ofHours(24));
        assertThat(RawClient.errorCode(a.call("status"))).isEqualTo(-32001);
    }

    @Test
    void T4_resumeNeedsAuthOnThisConnectionFirst() throws Exception {
        rt.start(clock);
        String id = sessionOf(rt);
        RawClient stranger = rt.client();
        JsonNode r = stranger.call("session.resume", resume(id));
        assertThat(RawClient.errorCode(r)).isEqualTo(-32001);
        assertThat(r.toString()).doesNotContain(id);
        assertThat(RawClient.errorCode(stranger.call("status"))).as("still not in any session").isEqualTo(-32001);

        stranger.auth(rt.token());
        JsonNode resumed = stranger.call("session.resume", resume(id)).path("result");
        assertThat(resumed.path("sessionId").asText()).isEqualTo(id);
        assertThat(stranger.call("status").has("result")).isTrue();
    }

    @Test
    void T4_unknownOrMalformedIdsAreRefused() throws Exception {
        rt.start(clock);
        RawClient c = rt.authedClient();
        String own = sessionOf(c);
        int before = c.call("status").path("result").path("sessions").asInt();
        for (String id : List.of(UUID.randomUUID().toString(), "", "not-a-uuid", own.toUpperCase(), own + " ",
                own.substring(0, 35), "00000000-0000-0000-0000-000000000000", rt.token())) {
            JsonNode r = c.call("session.resume", resume(id));
            assertThat(RawClient.errorCode(r)).as("resume %s", id).isEqualTo(-32001);
        }
        for (String params : List.of("{}", "{\"sessionId\":null}", "{\"sessionId\":5}",
                "{\"sessionId\":true}", "{\"sessionId\":1.5}", "{\"sessionId\":[\"" + own + "\"]}",
                "{\"sessionId\":\"" + own + "\",\"user\":\"root\"}")) {
            assertThat(RawClient.errorCode(c.call("session.resume", JSON.readTree(params)))).as(params).isEqualTo(-32602);
        }
        assertThat(c.call("status").path("result").path("sessions").asInt()).as("no session was made up").isEqualTo(before);
        assertThat(c.call("session.resume", resume(own)).path("result").path("sessionId").asText())
                .as("and the connection's own session is untouched").isEqualTo(own);
    }

    @Test
    void T4_noWayToSwitchIntoAChosenId() throws Exception {
        rt.start(clock);
        String chosen = UUID.randomUUID().toString();
        RawClient c = rt.client();
        // a chosen id next to the right token does not become the session id
        JsonNode r = c.call("auth", JSON.createObjectNode().put("token", rt.token()).put("sessionId", chosen));
        assertThat(r.path("result").path("sessionId").asText()).isNotEqualTo(chosen);
        assertThat(r.toString()).doesNotContain(chosen);
        RawClient d = rt.authedClient();
        // resuming a chosen id does not create it
        assertThat(RawClient.errorCode(d.call("session.resume", resume(chosen)))).isEqualTo(-32001);
        assertThat(RawClient.errorCode(d.call("session.resume", resume(chosen)))).isEqualTo(-32001);
        // a session id is not a token
        RawClient e = rt.client();
        assertThat(RawClient.errorCode(e.auth(sessionOf(d)))).isEqualTo(-32001);
        assertThat(RawClient.errorCode(e.call("status"))).isEqualTo(-32001);
    }

    @Test
    void T4_anotherLocalUserCannotResumeYourSession() throws Exception {
        int uid = OtherUserClient.requireUid();
        rt.config("[ipc]\nallowed_uids = [" + uid + "]\n").start();
        OtherUserClient.openPathTo(rt.places().runtimeDir());
        java.nio.file.Files.setPosixFilePermissions(rt.places().runtimeDir(),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        java.nio.file.Files.setPosixFilePermissions(rt.places().socket(),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        RawClient owner = rt.authedClient();
        String ownerId = sessionOf(owner);

        List<JsonNode> replies = OtherUserClient.exchange(rt.places().socket(),
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"auth\",\"params\":{\"token\":\"" + rt.token() + "\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"session.resume\",\"params\":{\"sessionId\":\"" + ownerId + "\"}}");
        assertThat(replies).hasSize(2);
        String theirId = replies.get(0).path("result").path("sessionId").asText();
        assertThat(theirId).isNotEmpty().isNotEqualTo(ownerId);
        assertThat(RawClient.errorCode(replies.get(1))).as("mycel-test resuming root's session").isEqualTo(-32001);
        assertThat(RawClient.errorCode(owner.call("session.resume", resume(theirId))))
                .as("root resuming mycel-test's session").isEqualTo(-32001);
        assertThat(owner.call("session.resume", resume(ownerId)).path("result").path("sessionId").asText()).isEqualTo(ownerId);
    }

    private static List<String> openSessions(RuntimeHarness h, int n) throws Exception {
        List<String> ids = new ArrayList<>();
        RawClient c = h.client();
        String token = h.token();
        for (int i = 0; i < n; i++) {
            ids.add(c.auth(token).path("result").path("sessionId").asText());
        }
        return ids;
    }

    private String sessionOf(RuntimeHarness h) throws Exception {
        return h.client().auth(h.token()).path("result").path("sessionId").asText();
    }

    private String sessionOf(RawClient authed) throws Exception {
        return authed.auth(rt.token()).path("result").path("sessionId").asText();
    }

    private static JsonNode resume(String id) {
        return JSON.createObjectNode().put("sessionId", id);
    }

    private static BigInteger bits(UUID u) {
        return new BigInteger(1, java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits()).array());
    }

    /** The 4 version bits (76..79 counting from the right) and the 2 variant bits (62, 63). */
    private static boolean fixedBit(int i) {
        return (i >= 76 && i <= 79) || i == 62 || i == 63;
    }
}
