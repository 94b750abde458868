package dev.mycel.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.ai.ProviderReply.Failure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invariant 5 at boundary 3: the API key is in the request header and nowhere else. Every path
 * that logs or explains (success, retries, refusals that echo the key back, broken streams,
 * timeouts, probes) runs with all logging captured at the finest level, and neither the log, the
 * reasons, nor any {@code toString} may hold the key.
 */
class CloudKeySecrecyTest {
    private static final String KEY = AnthropicProviderTest.KEY;
    private final List<String> log = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (log) {
                log.add(r.getLevel() + " " + r.getLoggerName() + " " + new java.util.logging.SimpleFormatter().formatMessage(r)
                        + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void captureEverything() {
        Logger root = Logger.getLogger("");
        before = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        Logger.getLogger("dev.mycel").setLevel(Level.ALL);
    }

    @AfterEach
    void restore() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("").setLevel(before);
        Logger.getLogger("dev.mycel").setLevel(null);
    }

    @Test
    void theAnthropicKeyAppearsInNoLogReasonOrToString() {
        List<String> said = new ArrayList<>();
        try (FakeAnthropic fake = new FakeAnthropic()) {
            fake.text("fine");
            fake.error(429, "rate_limit_error", "slow down", Map.of("retry-after", "0"));
            fake.text("after retry");
            // a hostile or buggy service echoing the key in its error message
            fake.error(401, "authentication_error", "invalid x-api-key: " + KEY, Map.of());
            fake.raw(List.of("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"bad " + KEY + "\"}}\n\n"), false);
            fake.raw(List.of("garbage " + KEY + "\n\n"), false);
            fake.hang();
            fake.server.always("/v1/models", FakeServer.json(403, FakeAnthropic.errorBody("permission_error", "key " + KEY + " lacks access")));
            AnthropicProvider p = new AnthropicProvider(fake.base(), "m", ApiKey.of(KEY, "env ANTHROPIC_API_KEY").orElseThrow(),
                    HttpLimits.of(Duration.ofMillis(500), 1), new FakeSleeper());
            for (int i = 0; i < 6; i++) {
                said.add(p.turn(AnthropicProviderTest.ask("hi"), StreamListener.IGNORE).toString());
            }
            said.add(p.probe(Duration.ofSeconds(1)).toString());
            said.add(p.toString());
            said.add(p.info().toString());
            p.close();
            assertThat(fake.requests()).allSatisfy(r -> assertThat(r.header("x-api-key")).isEqualTo(KEY));
        }
        assertThat(said).anySatisfy(s -> assertThat(s).contains("invalid x-api-key: [key]"));
        assertThat(said).allSatisfy(s -> assertThat(s).doesNotContain(KEY));
        synchronized (log) {
            assertThat(log).isNotEmpty();
            assertThat(log).allSatisfy(line -> assertThat(line).doesNotContain(KEY));
        }
    }

    @Test
    void theOpenAiKeyAppearsInNoLogReasonOrToString() {
        String key = OpenAiCompatibleProviderTest.KEY;
        List<String> said = new ArrayList<>();
        try (FakeOpenAi fake = new FakeOpenAi()) {
            fake.error(401, "Incorrect API key provided: " + key, Map.of());
            fake.raw(List.of("data: {\"error\":{\"message\":\"no " + key + "\"}}\n\n"), false);
            OpenAiCompatibleProvider p = new OpenAiCompatibleProvider(fake.base(), "m", ApiKey.of(key, "env K"),
                    HttpLimits.of(Duration.ofMillis(500), 0), new FakeSleeper());
            said.add(p.turn(AnthropicProviderTest.ask("hi"), StreamListener.IGNORE).toString());
            said.add(p.turn(AnthropicProviderTest.ask("hi"), StreamListener.IGNORE).toString());
            said.add(p.toString());
            p.close();
        }
        assertThat(said.get(0)).contains("Incorrect API key provided: [key]");
        assertThat(said).allSatisfy(s -> assertThat(s).doesNotContain(key));
        synchronized (log) {
            assertThat(log).allSatisfy(line -> assertThat(line).doesNotContain(key));
        }
    }

    @Test
    void failuresAreOneLine() {
        try (FakeAnthropic fake = new FakeAnthropic()) {
            fake.error(400, "invalid_request_error", "line one\nline two\r\nline three", Map.of());
            try (AnthropicProvider p = new AnthropicProvider(fake.base(), "m", ApiKey.of(KEY, "t").orElseThrow(),
                    HttpLimits.of(Duration.ofSeconds(2), 0), new FakeSleeper())) {
                Failure f = (Failure) p.turn(AnthropicProviderTest.ask("hi"), StreamListener.IGNORE);
                assertThat(f.reason()).isEqualTo("Anthropic answered 400: invalid_request_error: line one line two line three");
            }
        }
    }
}
