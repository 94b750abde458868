package dev.mycel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Someone edits the audit log after the fact; the verifier names the first entry that gives it away. */
class AuditTamperTest {
    @TempDir
    Path dir;

    private Path file;
    private List<String> lines;

    @BeforeEach
    void sixEntries() throws IOException {
        file = AuditLog.fileIn(dir);
        try (AuditLog log = AuditLog.open(file)) {
            SampleEvents.appendMany(log, 6);
        }
        lines = new ArrayList<>(Files.readAllLines(file));
        assertThat(AuditLog.verify(file)).isEqualTo(new VerifyResult.Intact(6));
    }

    @Test
    void anEditedFieldIsCaughtAtItsLine() throws IOException {
        lines.set(2, lines.get(2).replace("list the files", "read the weather"));
        assertBroken(rewriteAndVerify(), 3, 3, "does not match its hash");
    }

    @Test
    void anEditedFieldWithItsHashRecomputedIsCaughtAtTheNextLine() throws IOException {
        lines.set(2, ChainRule.rehash(lines.get(2).replace("list the files", "read the weather")));
        assertBroken(rewriteAndVerify(), 4, 4, "does not chain");
    }

    @Test
    void aWhitespaceOnlyEditIsCaught() throws IOException {
        lines.set(1, lines.get(1).replace(",\"type\"", ", \"type\""));
        assertBroken(rewriteAndVerify(), 2, 2, "does not match its hash");
    }

    @Test
    void aDuplicatedKeyIsCaught() throws IOException {
        lines.set(1, ChainRule.rehash(lines.get(1).replace(",\"type\":\"ActionProposed\"",
                ",\"type\":\"ActionProposed\",\"type\":\"RuntimeStarted\"")));
        assertThat(AuditLog.verify(rewrite())).isInstanceOf(VerifyResult.Broken.class)
                .extracting(r -> ((VerifyResult.Broken) r).line()).isEqualTo(2L);
    }

    @Test
    void reorderedEntriesAreCaughtWhereTheOrderBreaks() throws IOException {
        String third = lines.get(2);
        lines.set(2, lines.get(3));
        lines.set(3, third);
        assertBroken(rewriteAndVerify(), 3, 3, "has seq 4 where seq 3 belongs");
    }

    @Test
    void aDeletedEntryIsCaughtWhereItIsMissing() throws IOException {
        lines.remove(2);
        assertBroken(rewriteAndVerify(), 3, 3, "has seq 4 where seq 3 belongs");
    }

    @Test
    void anInsertedCopyOfAnEarlierEntryIsCaughtAtItsLine() throws IOException {
        lines.add(4, lines.get(1));
        assertBroken(rewriteAndVerify(), 5, 5, "has seq 2 where seq 5 belongs");
    }

    @Test
    void anInsertedForgedEntryIsCaughtAtItsLineOrTheNext() throws IOException {
        String forged = lines.get(3).replace("\"seq\":4", "\"seq\":5");
        lines.add(4, ChainRule.rehash(forged));
        // seq fits, but prev still names entry 3, not entry 4
        assertBroken(rewriteAndVerify(), 5, 5, "does not chain");
    }

    @Test
    void anInsertedGarbageLineIsCaughtAtItsLine() throws IOException {
        lines.add(3, "{\"seq\":4,\"time\":\"2025-01-01T00:00:00Z\"");
        assertBroken(rewriteAndVerify(), 4, 4, "no recovery entry accounts for it");
    }

    @Test
    void anInsertedBlankLineIsCaught() throws IOException {
        lines.add(3, "");
        assertBroken(rewriteAndVerify(), 4, 4, "no recovery entry accounts for it");
    }

    @Test
    void aDeletedTailIsCaughtThroughTheHead() throws IOException {
        lines.remove(5);
        lines.remove(4);
        assertBroken(rewriteAndVerify(), 5, 5, "audit.head says seq 6 was written");
    }

    @Test
    void aTailCutMidLineIsNotPassedOffAsACrash() throws IOException {
        // A torn tail is only a crash when the head never counted it: this entry was acknowledged.
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 30));
        assertBroken(AuditLog.verify(file), 6, 6, "audit.head says seq 6 was written");
    }

    @Test
    void aDeletedHeadIsCaught() throws IOException {
        Files.delete(HeadFile.beside(file));
        assertBroken(AuditLog.verify(file), 7, 7, "audit.head is missing");
    }

    @Test
    void aHeadThatDisagreesWithItsEntryIsCaught() throws IOException {
        lines.set(5, ChainRule.rehash(lines.get(5).replace("list the files", "read the weather")));
        assertBroken(rewriteAndVerify(), 6, 6, "differs from the entry recorded in audit.head");
    }

    @Test
    void aLogEmptiedBesideItsHeadIsCaught() throws IOException {
        Files.write(file, new byte[0]);
        assertBroken(AuditLog.verify(file), 1, 1, "audit.head says seq 6 was written");
    }

    @Test
    void aFakeRecoveryEntryCannotExcuseAnEdit() throws IOException {
        String sealLike = ChainRule.rehash(lines.get(3).replace("\"type\":\"ActionProposed\"", "\"type\":\"TornTailSealed\""));
        lines.set(3, sealLike);
        assertBroken(rewriteAndVerify(), 4, 4, "seals damaged lines, but there are none before it");
    }

    @Test
    void aForgedRecoveryEntryCannotExcuseADamagedLine() throws IOException {
        lines.set(2, lines.get(2).substring(0, 40));
        String seal = "{\"seq\":3,\"time\":\"2025-01-01T00:00:00Z\",\"prev\":\"" + ChainRule.storedHash(lines.get(1))
                + "\",\"type\":\"TornTailSealed\",\"firstLine\":3,\"lines\":1,\"bytes\":40,\"sha256\":\""
                + "0".repeat(64) + "\",\"hash\":\"" + "0".repeat(64) + "\"}";
        lines.set(3, ChainRule.rehash(seal));
        assertBroken(rewriteAndVerify(), 3, 3, "does not describe it");
    }

    @Test
    void aBrokenLogIsNotWrittenTo() throws IOException {
        lines.remove(2);
        rewrite();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> AuditLog.open(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("does not verify").hasMessageContaining("line 3");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private VerifyResult rewriteAndVerify() throws IOException {
        return AuditLog.verify(rewrite());
    }

    private Path rewrite() throws IOException {
        Files.write(file, lines);
        return file;
    }

    private static void assertBroken(VerifyResult result, long line, long seq, String reasonPart) {
        assertThat(result).isInstanceOfSatisfying(VerifyResult.Broken.class, b -> {
            assertThat(b.line()).as("line").isEqualTo(line);
            assertThat(b.seq()).as("seq").isEqualTo(seq);
            assertThat(b.reason()).contains(reasonPart);
        });
    }
}
