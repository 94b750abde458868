package dev.mycel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.audit.AuditEvent.ActionDeclined;
import dev.mycel.audit.AuditEvent.ActionFailed;
import dev.mycel.audit.AuditEvent.AuthFailed;
import dev.mycel.audit.AuditEvent.ExecTimedOut;
import dev.mycel.audit.AuditEvent.OutputSizes;
import dev.mycel.audit.AuditEvent.RuntimeStarted;
import dev.mycel.audit.AuditEvent.SessionOpened;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file() {
        return AuditLog.fileIn(dir.resolve("data"));
    }

    @Test
    void entriesChainFromGenesisAndVerify() throws IOException {
        try (AuditLog log = AuditLog.open(file())) {
            assertThat(SampleEvents.actionLife(log, 1)).containsExactly(1L, 2L, 3L, 4L);
        }
        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(4);
        String prev = "0".repeat(64);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode entry = JSON.readTree(lines.get(i));
            assertThat(entry.get("seq").asLong()).isEqualTo(i + 1);
            assertThat(entry.get("prev").asText()).isEqualTo(prev);
            assertThat(entry.get("hash").asText()).isEqualTo(ChainRule.hashOf(lines.get(i)));
            prev = entry.get("hash").asText();
        }
        assertThat(AuditLog.verify(file())).isEqualTo(new VerifyResult.Intact(4));
    }

    @Test
    void entryIsOneJsonLineWithTheChainFieldsFirstAndHashLast() throws IOException {
        Clock fixed = Clock.fixed(Instant.parse("2025-03-01T10:15:30.123456Z"), ZoneOffset.UTC);
        try (AuditLog log = AuditLog.open(file(), fixed)) {
            log.append(new ActionDeclined("s1", 7, "timeout"));
        }
        String line = Files.readString(file());
        assertThat(line).startsWith("{\"seq\":1,\"time\":\"2025-03-01T10:15:30.123Z\",\"prev\":\"" + "0".repeat(64)
                + "\",\"type\":\"ActionDeclined\",\"sessionRef\":\"s1\",\"actionSeq\":7,\"why\":\"timeout\",\"hash\":\"");
        assertThat(line).endsWith("\"}\n").hasLineCount(1);
    }

    @Test
    void actionProposedRecordsTheCodeDigestNotTheCode() throws IOException {
        String code = "rm -rf ~/important";
        try (AuditLog log = AuditLog.open(file())) {
            log.append(new AuditEvent.ActionProposed("s1", ActionFacts.code("bash", "delete a folder", code)));
        }
        JsonNode entry = JSON.readTree(Files.readString(file()));
        assertThat(entry.get("codeSha256").asText()).isEqualTo(ChainRule.sha256(code));
        assertThat(entry.get("codeBytes").asLong()).isEqualTo(code.length());
        assertThat(entry.get("kind").asText()).isEqualTo("run_code");
        assertThat(Files.readString(file())).doesNotContain(code);
    }

    @Test
    void everyEventTypeWritesAndVerifies() throws IOException {
        try (AuditLog log = AuditLog.open(file())) {
            log.append(new RuntimeStarted("mycel 0.1.0"));
            log.append(new SessionOpened("s1", 1000));
            log.append(new AuthFailed(1001, "wrong token"));
            SampleEvents.actionLife(log, 1);
            log.append(new AuditEvent.ActionProposed("s1", ActionFacts.file("write_file", "write notes", "/home/u/n.txt")));
            log.append(new ActionDeclined("s1", 8, "user"));
            log.append(new ExecTimedOut("s1", 4, 30_000, new OutputSizes(1 << 20, 10, true, false)));
            log.append(new AuditEvent.ActionCompleted("s1", 8, 120));
            log.append(new ActionFailed("s1", 8, "sandbox unavailable"));
            log.append(new AuditEvent.SessionClosed("s1", "expired"));
            log.append(new AuditEvent.RuntimeStopped("mycel down"));
        }
        assertThat(AuditLog.verify(file())).isEqualTo(new VerifyResult.Intact(14));
    }

    @Test
    void reopeningContinuesTheChain() throws IOException {
        try (AuditLog log = AuditLog.open(file())) {
            SampleEvents.appendMany(log, 3);
        }
        try (AuditLog log = AuditLog.open(file())) {
            assertThat(log.append(SampleEvents.proposed(9))).isEqualTo(4);
        }
        assertThat(AuditLog.verify(file())).isEqualTo(new VerifyResult.Intact(4));
    }

    @Test
    void filesAreCreatedOwnerOnlyFromTheStart() throws IOException {
        AuditLog log = AuditLog.open(file());
        // checked before any append: the mode is set at creation, not by a later chmod
        assertThat(mode(file())).isEqualTo("rw-------");
        assertThat(mode(HeadFile.beside(file()))).isEqualTo("rw-------");
        assertThat(mode(file().getParent())).isEqualTo("rwx------");
        log.close();
    }

    @Test
    void aSymbolicLinkInPlaceOfTheLogIsRefused() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"), owner("rwx------"));
        Path target = Files.createFile(dir.resolve("elsewhere"), owner("rw-------"));
        Files.createSymbolicLink(file(), target);
        assertThatThrownBy(() -> AuditLog.open(file())).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
        assertThat(Files.size(target)).isZero();
        assertThat(data.resolve("audit.head")).doesNotExist();
    }

    @Test
    void aDanglingSymbolicLinkIsRefusedAndNothingIsCreatedThroughIt() throws IOException {
        Files.createDirectories(dir.resolve("data"), owner("rwx------"));
        Path target = dir.resolve("would-be-created");
        Files.createSymbolicLink(file(), target);
        assertThatThrownBy(() -> AuditLog.open(file())).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
        assertThat(target).doesNotExist();
    }

    @Test
    void aLogReadableByOthersIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("data"), owner("rwx------"));
        for (String loose : List.of("rw-r--r--", "rw-r-----", "rw-----w-")) {
            Files.deleteIfExists(file());
            Files.createFile(file());
            Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString(loose));
            assertThatThrownBy(() -> AuditLog.open(file())).as(loose)
                    .isInstanceOf(IOException.class).hasMessageContaining("open to group or others");
        }
    }

    @Test
    void aHeadReadableByOthersIsRefused() throws IOException {
        try (AuditLog log = AuditLog.open(file())) {
            SampleEvents.appendMany(log, 1);
        }
        Files.setPosixFilePermissions(HeadFile.beside(file()), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> AuditLog.open(file())).isInstanceOf(IOException.class).hasMessageContaining("audit.head");
    }

    @Test
    void aLogOwnedByAnotherUserIsRefused() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.mycel.config.Places.currentUid() == 0,
                "only root can give a file to another user");
        Files.createDirectories(dir.resolve("data"), owner("rwx------"));
        Files.createFile(file(), owner("rw-------"));
        Files.setAttribute(file(), "unix:uid", 65534);
        assertThatThrownBy(() -> AuditLog.open(file())).isInstanceOf(IOException.class).hasMessageContaining("another user");
    }

    @Test
    void aDataDirOthersCanWriteIsRefused() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> AuditLog.open(file())).isInstanceOf(IOException.class).hasMessageContaining("writable by others");
        assertThat(file()).doesNotExist();
    }

    @Test
    void aSecondWriterOnTheSameLogIsRefused() throws IOException {
        try (AuditLog first = AuditLog.open(file())) {
            assertThatThrownBy(() -> AuditLog.open(file())).isInstanceOf(IOException.class).hasMessageContaining("in use");
            first.append(SampleEvents.proposed(1));
        }
        assertThat(AuditLog.verify(file())).isEqualTo(new VerifyResult.Intact(1));
    }

    @Test
    void appendAfterCloseFails() throws IOException {
        AuditLog log = AuditLog.open(file());
        log.close();
        assertThatThrownBy(() -> log.append(SampleEvents.proposed(1))).isInstanceOf(IOException.class);
    }

    @Test
    void concurrentAppendsGetUniqueContiguousSeqsAndTheChainVerifies() throws Exception {
        int threads = 8;
        int each = 100;
        List<Long> seqs = Collections.synchronizedList(new ArrayList<>());
        try (AuditLog log = AuditLog.open(file()); ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        seqs.add(log.append(SampleEvents.proposed(thread * each + i)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(seqs).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(seqs.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(threads * each);
        assertThat(AuditLog.verify(file())).isEqualTo(new VerifyResult.Intact(threads * each));
        List<String> lines = Files.readAllLines(file());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(JSON.readTree(lines.get(i)).get("seq").asLong()).isEqualTo(i + 1);
        }
    }

    @Test
    void tailShowsTheLastEntriesReadably() throws IOException {
        try (AuditLog log = AuditLog.open(file())) {
            SampleEvents.actionLife(log, 1);
        }
        List<String> tail = AuditLog.tail(file(), 2);
        assertThat(tail).hasSize(2);
        assertThat(tail.get(0)).contains("#3", "ActionApproved", "actionSeq=1", "scope=once", "via=prompt");
        assertThat(tail.get(1)).contains("#4", "ExecCompleted", "exitCode=0", "durationMs=12", "stdoutBytes=42",
                "stdoutTruncated=false");
        assertThat(tail.get(1)).doesNotContain("hash", "prev");
        assertThat(AuditLog.tail(file(), 20)).hasSize(4);
    }

    @Test
    void tailEscapesTerminalControlCharactersFromAiText() throws IOException {
        try (AuditLog log = AuditLog.open(file())) {
            log.append(new AuditEvent.ActionProposed("s1",
                    ActionFacts.code("bash", "innocent\u001b[2J\u001b]0;pwned\u0007 \u202etxt.exe", "true")));
        }
        String shown = AuditLog.tail(file(), 1).getFirst();
        assertThat(shown).doesNotContain("\u001b", "\u0007", "\u202e").contains("\\u001b", "\\u202e");
    }

    @Test
    void verifyRefusesALogThroughASymbolicLink() throws IOException {
        try (AuditLog log = AuditLog.open(file())) {
            SampleEvents.appendMany(log, 1);
        }
        Path link = dir.resolve("data/link.log");
        Files.createSymbolicLink(link, file());
        assertThatThrownBy(() -> AuditLog.verify(link)).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
    }

    @Test
    void eventsRejectMalformedFieldsAtConstruction() {
        assertThatThrownBy(() -> new SessionOpened("a session ref with spaces", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActionDeclined("s1", 0, "user")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecTimedOut("s1", 1, -1, new OutputSizes(0, 0, false, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthFailed(1, "x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private static java.nio.file.attribute.FileAttribute<?> owner(String perms) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms));
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
