package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.harness.ManualClock;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T3: guessing the token. After {@code free_auth_failures} (3) wrong tokens each further one
 * doubles the wait, the wait holds across reconnects and parallel connections, even the right
 * token is refused while it lasts, and no reply or log line ever carries a token.
 */
@Tag("T3")
class T3_BruteForceTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();
    final ManualClock clock = new ManualClock();

    @Test
    void T3_wrongTokensBackOffExponentiallyAcrossReconnects() throws Exception {
        rt.start(clock);
        String token = rt.token();
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (RawClient c = RawClient.connect(rt.places().socket())) {
                JsonNode r = c.auth(guess(i));
                replies.add(r.toString());
                assertThat(RawClient.errorCode(r)).as("free failure %d", i + 1).isEqualTo(-32001);
            }
        }
        long expectedWait = 1000;
        for (int round = 0; round < 4; round++) {
            try (RawClient c = RawClient.connect(rt.places().socket())) {
                JsonNode r = c.auth(guess(10 + round));
                replies.add(r.toString());
                assertThat(RawClient.errorCode(r)).isEqualTo(-32001);
            }
            // a fresh connection does not shake the back-off off, and not even the right token gets through
            try (RawClient c = RawClient.connect(rt.places().socket())) {
                JsonNode blocked = c.auth(token);
                replies.add(blocked.toString());
                assertThat(RawClient.errorCode(blocked)).isEqualTo(-32002);
                assertThat(blocked.path("error").path("data").path("retryAfterMs").asLong()).isEqualTo(expectedWait);
                clock.advance(Duration.ofMillis(expectedWait - 1));
                JsonNode stillBlocked = c.auth(guess(20 + round));
                assertThat(RawClient.errorCode(stillBlocked)).isEqualTo(-32002);
                assertThat(stillBlocked.path("error").path("data").path("retryAfterMs").asLong()).isEqualTo(1);
                clock.advance(Duration.ofMillis(1));
            }
            expectedWait *= 2;
        }
        try (RawClient c = RawClient.connect(rt.places().socket())) {
            JsonNode r = c.auth(guess(99));
            assertThat(RawClient.errorCode(r)).isEqualTo(-32001);
        }
        clock.advance(Duration.ofMillis(expectedWait));
        RawClient c = rt.client();
        JsonNode ok = c.auth(token);
        assertThat(ok.path("result").path("sessionId").asText()).as("right token after the back-off").isNotEmpty();
        assertThat(c.call("status").path("result").path("version").asText()).isEqualTo("0.1.0");

        // success forgives: the next mistake is free again
        try (RawClient d = RawClient.connect(rt.places().socket())) {
            assertThat(RawClient.errorCode(d.auth(guess(100)))).isEqualTo(-32001);
            assertThat(d.auth(token).path("result").path("sessionId").isTextual()).isTrue();
        }

        assertThat(replies).allSatisfy(r -> assertThat(r).doesNotContain(token));
        for (int i = 0; i < 24; i++) {
            String g = guess(i);
            assertThat(replies).allSatisfy(r -> assertThat(r).doesNotContain(g));
        }
        assertThat(rt.log()).doesNotContain(token).doesNotContain(guess(0)).doesNotContain(guess(11));
    }

    @Test
    void T3_parallelGuessesCannotOutrunTheBackOff() throws Exception {
        rt.start(clock);
        List<RawClient> clients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clients.add(rt.client());
        }
        // every guess is on the wire before the first answer comes back
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).sendLine("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"auth\",\"params\":{\"token\":\""
                    + guess(i) + "\"}}");
        }
        int compared = 0;
        int throttled = 0;
        for (RawClient c : clients) {
            JsonNode r = c.next(Duration.ofSeconds(10));
            switch (RawClient.errorCode(r)) {
                case -32001 -> compared++;
                case -32002 -> throttled++;
                default -> throw new AssertionError("unexpected reply " + r);
            }
        }
        assertThat(compared).as("guesses actually compared against the token (3 free + 1)").isLessThanOrEqualTo(4);
        assertThat(throttled).isEqualTo(clients.size() - compared);
    }

    @Test
    void T3_parallelRightTokensAreNotThrottled() throws Exception {
        rt.config("[ipc]\nrequests_per_minute = 100000\n").start(clock);
        List<RawClient> clients = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            clients.add(rt.client());
        }
        String token = rt.token();
        for (RawClient c : clients) {
            c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"auth\",\"params\":{\"token\":\"" + token + "\"}}");
        }
        for (RawClient c : clients) {
            JsonNode r = c.next(Duration.ofSeconds(10));
            assertThat(r.path("result").path("sessionId").isTextual()).as("reply %s", r).isTrue();
        }
    }

    @Test
    void T3_wrongTokenMessageNamesNeitherGuessNorToken() throws Exception {
        rt.start(clock);
        RawClient c = rt.client();
        String token = rt.token();
        // a near miss: the right token with its last character changed
        String nearMiss = token.substring(0, 63) + (token.charAt(63) == 'a' ? 'b' : 'a');
        JsonNode r = c.auth(nearMiss);
        assertThat(RawClient.errorCode(r)).isEqualTo(-32001);
        assertThat(r.toString()).doesNotContain(nearMiss).doesNotContain(token).doesNotContain(token.substring(0, 16));
        // the token inside a broken line is not quoted back by the parser either
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"auth\",\"params\":{\"token\":" + token + "}}");
        JsonNode parse = c.next(Duration.ofSeconds(10));
        assertThat(RawClient.errorCode(parse)).isEqualTo(-32700);
        assertThat(parse.toString()).doesNotContain(token.substring(0, 8));
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"auth\",\"params\":{\"token\":'" + token + "'}}");
        assertThat(c.next(Duration.ofSeconds(10)).toString()).doesNotContain(token.substring(0, 8));
        assertThat(rt.log()).doesNotContain(token).doesNotContain(nearMiss);
    }

    private static String guess(int i) {
        return String.format("%064x", 0xdead0000L + i);
    }
}
