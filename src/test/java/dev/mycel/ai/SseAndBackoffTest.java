package dev.mycel.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pure pieces under the providers: SSE framing, line endings, and the retry waits. */
class SseAndBackoffTest {

    private static List<Sse.Event> events(String text) throws Exception {
        List<Sse.Event> out = new ArrayList<>();
        Sse sse = new Sse();
        try (StreamLines lines = new StreamLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Duration.ofSeconds(5), 1024, 1 << 20)) {
            for (String l = lines.next(); l != null; l = lines.next()) {
                sse.line(l).ifPresent(out::add);
            }
        }
        return out;
    }

    @Test
    void sseFollowsTheStandard() throws Exception {
        assertThat(events("event: a\ndata: 1\n\n: keep-alive\n\ndata:2\ndata: 3\nid: 7\nretry: 10\n\n"
                + "event: b\r\ndata: x\r\n\r\nevent: c\rdata: y\r\rdata: unterminated"))
                .containsExactly(new Sse.Event("a", "1"), new Sse.Event("message", "2\n3"), new Sse.Event("b", "x"),
                        new Sse.Event("c", "y"));
    }

    private static HttpHeaders headers(Map<String, String> h) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        h.forEach((k, v) -> m.put(k, List.of(v)));
        return HttpHeaders.of(m, (a, b) -> true);
    }

    @Test
    void retryAfterInSecondsMillisecondsOrAnHttpDateIsHonouredUpToTheCap() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertThat(Backoff.serverAsked(headers(Map.of("retry-after", "3")), now)).contains(Duration.ofSeconds(3));
        assertThat(Backoff.serverAsked(headers(Map.of("retry-after-ms", "250")), now)).contains(Duration.ofMillis(250));
        assertThat(Backoff.serverAsked(headers(Map.of("retry-after", "Wed, 01 Jan 2025 00:00:07 GMT")), now))
                .contains(Duration.ofSeconds(7));
        assertThat(Backoff.serverAsked(headers(Map.of("retry-after", "soon")), now)).isEqualTo(Optional.empty());
        Backoff b = new Backoff(HttpLimits.of(Duration.ofSeconds(5), 3), new SplittableRandom(1));
        assertThat(b.delay(1, headers(Map.of("retry-after", "3600")), now)).as("capped").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void withoutRetryAfterTheWaitDoublesWithJitterAndIsCapped() {
        Backoff b = new Backoff(HttpLimits.of(Duration.ofSeconds(5), 10), new SplittableRandom(42));
        HttpHeaders none = headers(Map.of());
        for (int i = 0; i < 200; i++) {
            assertThat(b.delay(1, none, Instant.EPOCH)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
            assertThat(b.delay(3, none, Instant.EPOCH)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
            assertThat(b.delay(30, none, Instant.EPOCH)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }
}
