package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.harness.ManualClock;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T3: at most 100 requests a minute per local user, counted over all of that user's connections
 * (reconnecting does not reset it) and before parsing (garbage costs as much as a request).
 * The runtime reads a manual clock, so a minute passes when the test says so.
 */
@Tag("T3")
class T3_RateLimitTest {
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();
    final ManualClock clock = new ManualClock();

    @Test
    void T3_hundredRequestsAMinuteThenRetryAfter() throws Exception {
        rt.start(clock);
        RawClient c = rt.client();
        for (int i = 0; i < 100; i++) {
            assertThat(c.call("ping").path("result").asText()).as("request %d", i + 1).isEqualTo("pong");
        }
        JsonNode refused = c.call("ping");
        assertRateLimited(refused);
        assertThat(refused.path("error").path("data").path("retryAfterMs").asLong()).isEqualTo(600);

        clock.advance(Duration.ofMillis(600));
        assertThat(c.call("ping").path("result").asText()).as("one token refilled after 600 ms").isEqualTo("pong");
        assertRateLimited(c.call("ping"));

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 100; i++) {
            assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
        }
        assertRateLimited(c.call("ping"));
    }

    @Test
    void T3_limitIsSharedByAllConnectionsOfTheUser() throws Exception {
        rt.start(clock);
        RawClient[] clients = new RawClient[4];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = rt.client();
        }
        for (int i = 0; i < 100; i++) {
            assertThat(clients[i % 4].call("ping").path("result").asText()).isEqualTo("pong");
        }
        for (RawClient c : clients) {
            assertRateLimited(c.call("ping"));
        }
    }

    @Test
    void T3_reconnectingDoesNotResetTheLimit() throws Exception {
        rt.start(clock);
        for (int i = 0; i < 100; i++) {
            try (RawClient c = RawClient.connect(rt.places().socket())) {
                assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
            }
        }
        try (RawClient fresh = RawClient.connect(rt.places().socket())) {
            assertRateLimited(fresh.call("ping"));
            assertRateLimited(fresh.auth(rt.token()));
        }
    }

    @Test
    void T3_garbageCountsBecauseTheLimitIsCheckedBeforeParsing() throws Exception {
        rt.start(clock);
        RawClient c = rt.client();
        for (int i = 0; i < 100; i++) {
            c.sendLine("this is not json " + i);
            assertThat(RawClient.errorCode(c.next(Duration.ofSeconds(10)))).isEqualTo(-32700);
        }
        c.sendLine("still not json");
        JsonNode reply = c.next(Duration.ofSeconds(10));
        assertThat(RawClient.errorCode(reply)).as("refused before the parser saw it").isEqualTo(-32002);
        c.sendLine(PING);
        assertRateLimited(c.next(Duration.ofSeconds(10)));
    }

    @Test
    void T3_oversizedLinesCountToo() throws Exception {
        rt.config("[ipc]\nmax_message_bytes = 1024\n").start(clock);
        RawClient c = rt.client();
        byte[] big = new byte[2048];
        java.util.Arrays.fill(big, (byte) 'x');
        big[big.length - 1] = '\n';
        for (int i = 0; i < 100; i++) {
            c.sendRaw(big);
            assertThat(RawClient.errorCode(c.next(Duration.ofSeconds(10)))).isEqualTo(-32003);
        }
        c.sendRaw(big);
        assertRateLimited(c.next(Duration.ofSeconds(10)));
        assertRateLimited(c.call("ping"));
    }

    @Test
    void T3_configuredLimitIsHonoured() throws Exception {
        rt.config("[ipc]\nrequests_per_minute = 5\n").start(clock);
        RawClient c = rt.client();
        for (int i = 0; i < 5; i++) {
            assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
        }
        JsonNode refused = c.call("ping");
        assertRateLimited(refused);
        assertThat(refused.path("error").path("data").path("retryAfterMs").asLong()).isEqualTo(12_000);
    }

    private static void assertRateLimited(JsonNode reply) {
        assertThat(RawClient.errorCode(reply)).as("reply %s", reply).isEqualTo(-32002);
        assertThat(reply.path("error").path("data").path("retryAfterMs").asLong()).isPositive();
    }
}
