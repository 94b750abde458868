package dev.mycel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycel.audit.AuditEvent.ActionDecided;
import dev.mycel.audit.AuditEvent.ActionFailed;
import dev.mycel.audit.AuditEvent.ActionProposed;
import dev.mycel.audit.AuditEvent.AuthFailed;
import dev.mycel.audit.AuditEvent.RuntimeStopped;
import dev.mycel.audit.AuditEvent.SessionOpened;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariant 5: the runtime token, session ids and API keys never reach the audit log. */
class AuditSecretTest {
    private static final String TOKEN = randomToken();
    private static final String SESSION_ID = UUID.randomUUID().toString();

    @TempDir
    Path dir;

    /** Shaped like the runtime token: 32 random bytes as hex. */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static List<String> secrets() {
        return List.of(TOKEN, TOKEN.toUpperCase(), SESSION_ID, SESSION_ID.replace("-", ""),
                "sk-ant-api03-" + "a".repeat(40), "sk-proj-" + "b".repeat(40), "ghp_" + "c".repeat(36),
                "github_pat_" + "d".repeat(40), "AKIAIOSFODNN7EXAMPLE", "xoxb-1234567890-abcdefgh",
                "AIza" + "e".repeat(35), "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig",
                "-----BEGIN OPENSSH PRIVATE KEY-----");
    }

    /** Every string field a caller fills, with the secret embedded in ordinary text. */
    static List<Function<String, AuditEvent>> carriers() {
        return List.of(
                s -> new ActionProposed("s1", ActionFacts.code("bash", "export KEY=" + s + " and run", "true")),
                s -> new ActionProposed("s1", ActionFacts.file("read_file", "read", "/home/u/" + s + "/notes")),
                s -> new ActionDecided("s1", 1, "deny", "high", "token " + s + " seen", List.of("rule")),
                s -> new AuthFailed(1000, "presented " + s),
                s -> new ActionFailed("s1", 1, "error: " + s),
                s -> new RuntimeStopped(s));
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void aSecretInAnyFieldIsRefusedAndNotWrittenNorEchoed(String secret) throws IOException {
        Path file = AuditLog.fileIn(dir);
        try (AuditLog log = AuditLog.open(file)) {
            log.append(new SessionOpened("s1", 1000));
            for (Function<String, AuditEvent> carrier : carriers()) {
                AuditEvent event = carrier.apply(secret);
                assertThatThrownBy(() -> log.append(event)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("looks like a secret").message().doesNotContain(secret);
            }
            log.append(new SessionOpened("s2", 1000));
        }
        assertThat(Files.readString(file)).doesNotContain(secret).doesNotContainIgnoringCase(secret);
        assertThat(AuditLog.verify(file)).isEqualTo(new VerifyResult.Intact(2));
    }

    @Test
    void aSessionIdOrTokenCannotBeASessionRef() {
        for (String secret : List.of(TOKEN, SESSION_ID)) {
            assertThatThrownBy(() -> new SessionOpened(secret, 1)).isInstanceOf(IllegalArgumentException.class)
                    .message().doesNotContain(secret);
        }
    }

    @Test
    void theRuntimesEventsCarryNoSecretShapedValue() throws IOException {
        Path file = AuditLog.fileIn(dir);
        try (AuditLog log = AuditLog.open(file)) {
            log.append(new AuditEvent.RuntimeStarted("mycel 0.1.0"));
            log.append(new SessionOpened("s1", 1000));
            for (int i = 0; i < 20; i++) {
                SampleEvents.actionLife(log, i);
            }
        }
        // Only the chain's own digests and code digests may be 64 hex; nothing else secret-shaped.
        String text = Files.readString(file)
                .replaceAll("\"(prev|hash|codeSha256)\":\"[0-9a-f]{64}\"", "");
        assertThat(Pattern.compile("[0-9a-fA-F]{32,}").matcher(text).find()).isFalse();
        assertThat(Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-").matcher(text).find()).isFalse();
        assertThat(text).doesNotContain("sk-", "ghp_", "AKIA", TOKEN, SESSION_ID);
    }

    @Test
    void aCodeDigestIsAllowedBecauseOnlyHashingMakesOne() throws IOException {
        Path file = AuditLog.fileIn(dir);
        try (AuditLog log = AuditLog.open(file)) {
            log.append(new ActionProposed("s1", ActionFacts.code("bash", "run it", "echo " + TOKEN)));
        }
        assertThat(Files.readString(file)).doesNotContain(TOKEN).contains(ChainRule.sha256("echo " + TOKEN));
    }
}
