package dev.mycel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime dies mid-write: by kill -9 of a real writer process, and by the torn lines a
 * power loss leaves (which a kill cannot produce, since the kernel finishes a write it began).
 */
class AuditCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedWhileAppendingLeavesEveryEarlierEntryVerifiableAndTheLogWritable() throws Exception {
        Path file = AuditLog.fileIn(dir.resolve("data"));
        long before = 0;
        for (int round = 0; round < 3; round++) {
            killMidAppend(file);
            VerifyResult afterKill = AuditLog.verify(file);
            assertThat(afterKill).isInstanceOfAny(VerifyResult.Intact.class, VerifyResult.TornTail.class);
            long count = entries(afterKill);
            assertThat(count).as("the child appended after the previous round").isGreaterThan(before + 4);
            try (AuditLog log = AuditLog.open(file)) {
                SampleEvents.actionLife(log, 99);
            }
            VerifyResult reopened = AuditLog.verify(file);
            assertThat(reopened).isInstanceOf(VerifyResult.Intact.class);
            assertThat(entries(reopened)).isGreaterThanOrEqualTo(count + 4);
            before = entries(reopened);
        }
    }

    @Test
    void aTornLastLineIsReportedAsSuchWhileEarlierEntriesVerify() throws IOException {
        Path file = logWithTornTail(5, 37);
        assertThat(AuditLog.verify(file)).isEqualTo(new VerifyResult.TornTail(5, 6));
        assertThat(new VerifyResult.TornTail(5, 6).describe())
                .isEqualTo("torn last entry at line 6, probably a crash while writing; all 5 earlier entries verify");
    }

    @Test
    void openingAfterATornTailSealsItAndTheChainContinuesFromTheLastGoodEntry() throws IOException {
        Path file = logWithTornTail(5, 37);
        byte[] torn = Files.readAllBytes(file);
        try (AuditLog log = AuditLog.open(file)) {
            assertThat(log.append(SampleEvents.proposed(1))).isEqualTo(7);
        }
        assertThat(AuditLog.verify(file)).isEqualTo(new VerifyResult.Intact(7));
        byte[] now = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(now, torn.length)).as("the torn bytes are kept, not rewritten").isEqualTo(torn);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(8);
        assertThat(lines.get(6)).contains("\"seq\":6", "\"type\":\"TornTailSealed\"", "\"firstLine\":6", "\"lines\":1",
                "\"bytes\":37", "\"sha256\":\"" + ChainRule.sha256(lines.get(5)) + "\"");
        assertThat(lines.get(6)).contains("\"prev\":\"" + ChainRule.storedHash(lines.get(4)) + "\"");
    }

    @Test
    void aCrashWhileSealingIsSealedTooOnTheNextOpen() throws IOException {
        Path file = logWithTornTail(3, 20);
        // the seal's own write torn: a newline ending the first torn line, then part of the seal
        Files.write(file, "\n{\"seq\":4,\"ti".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        assertThat(AuditLog.verify(file)).isEqualTo(new VerifyResult.TornTail(3, 4));
        try (AuditLog log = AuditLog.open(file)) {
            log.append(SampleEvents.proposed(1));
        }
        assertThat(AuditLog.verify(file)).isEqualTo(new VerifyResult.Intact(5));
        assertThat(Files.readAllLines(file).get(5)).contains("\"type\":\"TornTailSealed\"", "\"firstLine\":4", "\"lines\":2");
    }

    @Test
    void aCompleteButUnterminatedLastEntryCountsAsTorn() throws IOException {
        Path file = AuditLog.fileIn(dir);
        try (AuditLog log = AuditLog.open(file)) {
            SampleEvents.appendMany(log, 2);
        }
        List<String> lines = Files.readAllLines(file);
        // an entry whose newline never reached the disk was never acknowledged
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1));
        Path head = HeadFile.beside(file);
        Files.writeString(head, String.format("%019d %s\n", 1, ChainRule.storedHash(lines.get(0))));
        assertThat(AuditLog.verify(file)).isEqualTo(new VerifyResult.TornTail(1, 2));
    }

    @Test
    void tailShowsATornLineForWhatItIs() throws IOException {
        Path file = logWithTornTail(2, 25);
        assertThat(AuditLog.tail(file, 1)).singleElement().asString().contains("line 3", "25 bytes", "audit verify");
    }

    /** A log of {@code good} entries followed by the first {@code tornBytes} bytes of one more, never acknowledged. */
    private Path logWithTornTail(int good, int tornBytes) throws IOException {
        Path file = AuditLog.fileIn(dir);
        Path scratch = AuditLog.fileIn(Files.createDirectories(dir.resolve("scratch")));
        try (AuditLog log = AuditLog.open(file); AuditLog other = AuditLog.open(scratch)) {
            SampleEvents.appendMany(log, good);
            SampleEvents.appendMany(other, good + 1);
        }
        byte[] next = Files.readAllLines(scratch).get(good).getBytes(StandardCharsets.UTF_8);
        Files.write(file, Arrays.copyOf(next, tornBytes), StandardOpenOption.APPEND);
        return file;
    }

    private static void killMidAppend(Path file) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AuditAppendLoop.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the child started appending").isEqualTo("ready");
            Thread.sleep(300);
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }

    private static long entries(VerifyResult r) {
        return switch (r) {
            case VerifyResult.Intact i -> i.count();
            case VerifyResult.TornTail t -> t.count();
            case VerifyResult.Broken b -> throw new AssertionError(b.describe());
        };
    }
}
