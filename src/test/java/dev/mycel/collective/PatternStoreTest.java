package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store: what goes in comes out verified, trust and candidates persist, and a kill loses nothing committed. */
class PatternStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private final InstanceKey alice = InstanceKey.generate();

    @TempDir
    Path dir;

    static String toml(int n) {
        return T6_EnvelopeTest.TOML.replace("id = \"count-files\"", "id = \"count-files-" + n + "\"");
    }

    private Envelope.Verified verified(int n) throws Exception {
        SignedPattern p = Envelope.seal(toml(n), "low", NOW, alice);
        return ((Envelope.Opened.Ok) Envelope.open(p.address(), p)).pattern();
    }

    @Test
    void storedPatternsComeBackVerifiedByAddressPrefixIdAndCursor() throws Exception {
        Path file = dir.resolve("patterns.db");
        Envelope.Verified one = verified(1);
        try (PatternStore store = PatternStore.open(file)) {
            assertThat(store.add(one, "file", NOW)).isTrue();
            assertThat(store.add(one, "file", NOW)).as("the same address twice").isFalse();
            assertThat(store.addAll(List.of(verified(2), verified(3)), "peer", NOW)).isEqualTo(2);
        }
        assertThat(Files.getPosixFilePermissions(file)).extracting(Enum::name).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        try (PatternStore store = PatternStore.open(file)) {
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.find(one.address().substring(0, 10)).orElseThrow().pattern().address()).isEqualTo(one.address());
            assertThat(store.find("count-files-2").orElseThrow().source()).isEqualTo("peer");
            assertThat(store.find("nothing-like-it")).isEmpty();
            List<PatternStore.Stored> page = store.since(0, 2);
            assertThat(page).hasSize(2);
            assertThat(store.since(page.getLast().seq(), 10)).extracting(s -> s.pattern().pattern().id()).containsExactly("count-files-3");
            assertThat(store.byAuthor(alice.fingerprint())).hasSize(3);
        }
    }

    @Test
    void T6_aPatternChangedOnDiskIsRefusedWhenRead() throws Exception {
        Path file = dir.resolve("patterns.db");
        Envelope.Verified one = verified(1);
        try (PatternStore store = PatternStore.open(file)) {
            store.add(one, "file", NOW);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.executeUpdate("UPDATE patterns SET body = replace(body, 'wc -l', 'rm -rf')");
        }
        try (PatternStore store = PatternStore.open(file)) {
            assertThat(catchThrowable(() -> store.find("count-files-1"))).hasMessageContaining("was changed on disk")
                    .hasMessageContaining("do not match its address");
        }
    }

    @Test
    void trustCandidatesAndPrivacySpendPersist() throws Exception {
        Path file = dir.resolve("patterns.db");
        try (PatternStore store = PatternStore.open(file)) {
            store.setTrust("ed25519:aa", PatternStore.Trust.TRUSTED, NOW);
            store.setTrust("ed25519:bb", PatternStore.Trust.TRUSTED, NOW);
            store.setTrust("ed25519:bb", PatternStore.Trust.BLOCKED, NOW);
            store.addCandidate(new PatternStore.Candidate("c1", toml(1), "pending", "", 0.1, NOW));
            store.spend("2026-12-03", 0.25);
            store.spend("2026-12-03", 0.5);
        }
        try (PatternStore store = PatternStore.open(file)) {
            assertThat(store.trustOf("ed25519:aa")).contains(PatternStore.Trust.TRUSTED);
            assertThat(store.withTrust(PatternStore.Trust.BLOCKED)).containsExactly("ed25519:bb");
            assertThat(store.candidates("pending")).extracting(PatternStore.Candidate::id).containsExactly("c1");
            assertThat(store.decide("c1", "approved")).isTrue();
            assertThat(store.decide("c1", "rejected")).as("decided once").isFalse();
            assertThat(store.spent("2026-12-03")).isEqualTo(0.75);
            assertThat(store.spent("2026-12-04")).isZero();
        }
    }

    @Test
    void aKillAtAnyMomentLosesNothingCommitted() throws Exception {
        Path file = dir.resolve("patterns.db");
        int before = 0;
        for (int round = 0; round < 3; round++) {
            String java = ProcessHandle.current().info().command().orElseThrow();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreWriter.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int committed = 0;
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && committed < 20 + round * 7; line = out.readLine()) {
                    lines.add(line);
                    committed++;
                }
                p.destroyForcibly(); // SIGKILL, mid-transaction or between them
                p.waitFor();
            }
            assertThat(lines).isNotEmpty();
            try (PatternStore store = PatternStore.open(file)) {
                assertThat(store.count()).as("round " + round).isGreaterThanOrEqualTo(before + committed);
                before = store.count();
                assertThat(store.since(0, 1_000_000)).allSatisfy(s -> assertThat(s.pattern().address()).hasSize(64));
            }
        }
    }
}
