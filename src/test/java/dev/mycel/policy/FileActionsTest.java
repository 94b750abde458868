package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link FileActions} does with an allowed or approved action on an undisturbed disk. */
class FileActionsTest {
    @TempDir
    Path tmp;
    FakeHome fh;
    Path wd;
    PolicyEvaluator eval;
    FileActions files;

    @BeforeEach
    void setUp() throws IOException {
        fh = FakeHome.in(tmp);
        wd = fh.workDir();
        eval = fh.evaluator();
        files = new FileActions(eval, 1024, 100);
    }

    /** Judges and performs, the way the runtime does once a confirmation has been answered yes. */
    private FileOutcome approveAndPerform(FileActions fa, Action.FileAction a) throws IOException {
        return fa.perform(a, fh.context(), eval.evaluate(a, fh.context()));
    }

    @Test
    void readsAFile() throws IOException {
        FileOutcome.Read r = (FileOutcome.Read) approveAndPerform(files, new Action.ReadFile(Path.of("notes.txt")));
        assertThat(r.text()).isEqualTo("hello");
        assertThat(r.sizeBytes()).isEqualTo(5);
        assertThat(r.truncated()).isFalse();
        assertThat(r.path()).isEqualTo(wd.resolve("notes.txt"));
    }

    @Test
    void readsAreCappedAndSayWhenTruncated() throws IOException {
        Action.ReadFile a = new Action.ReadFile(Path.of("notes.txt"));
        FileOutcome.Read capped = (FileOutcome.Read) approveAndPerform(new FileActions(eval, 3, 10), a);
        assertThat(capped.text()).isEqualTo("hel");
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.sizeBytes()).isEqualTo(5);
        FileOutcome.Read exact = (FileOutcome.Read) approveAndPerform(new FileActions(eval, 5, 10), a);
        assertThat(exact.text()).isEqualTo("hello");
        assertThat(exact.truncated()).isFalse();
        Files.write(wd.resolve("big.bin"), new byte[200_000]);
        FileOutcome.Read big = (FileOutcome.Read) approveAndPerform(new FileActions(eval, 100_000, 10),
                new Action.ReadFile(Path.of("big.bin")));
        assertThat(big.content()).hasSize(100_000);
        assertThat(big.truncated()).isTrue();
    }

    @Test
    void createsANewFileAndLeavesNoTempFileBehind() throws IOException {
        FileOutcome o = approveAndPerform(files, new Action.WriteFile(Path.of("new.txt"), "fresh", false));
        assertThat(o).isEqualTo(new FileOutcome.Written(wd.resolve("new.txt"), 5, false));
        assertThat(Files.readString(wd.resolve("new.txt"))).isEqualTo("fresh");
        try (Stream<Path> s = Files.list(wd)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt", "new.txt");
        }
    }

    @Test
    void overwriteReplacesContentAndKeepsPermissions() throws IOException {
        Path notes = wd.resolve("notes.txt");
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-------"));
        approveAndPerform(files, new Action.WriteFile(notes, "replaced", false));
        assertThat(Files.readString(notes)).isEqualTo("replaced");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(notes))).isEqualTo("rw-------");
    }

    @Test
    void appendAddsToTheEnd() throws IOException {
        FileOutcome o = approveAndPerform(files, new Action.WriteFile(Path.of("notes.txt"), " world", true));
        assertThat(o).isEqualTo(new FileOutcome.Written(wd.resolve("notes.txt"), 6, true));
        assertThat(Files.readString(wd.resolve("notes.txt"))).isEqualTo("hello world");
    }

    @Test
    void deletesAFileOrAnEmptyDirectory() throws IOException {
        Files.createDirectories(wd.resolve("empty"));
        assertThat(approveAndPerform(files, new Action.DeleteFile(Path.of("notes.txt"))))
                .isEqualTo(new FileOutcome.Deleted(wd.resolve("notes.txt")));
        approveAndPerform(files, new Action.DeleteFile(Path.of("empty")));
        assertThat(wd.resolve("notes.txt")).doesNotExist();
        assertThat(wd.resolve("empty")).doesNotExist();
    }

    @Test
    void listsEntriesSortedWithLinksShownAsLinks() throws IOException {
        Files.createDirectories(wd.resolve("b-dir"));
        Files.createSymbolicLink(wd.resolve("a-link"), fh.ssh());
        FileOutcome.Listed l = (FileOutcome.Listed) approveAndPerform(files, new Action.ListDirectory(Path.of(".")));
        assertThat(l.entries()).extracting(FileOutcome.Entry::name).containsExactly("a-link", "b-dir", "notes.txt");
        assertThat(l.entries()).extracting(FileOutcome.Entry::type).containsExactly(FileOutcome.EntryType.SYMLINK,
                FileOutcome.EntryType.DIRECTORY, FileOutcome.EntryType.FILE);
        assertThat(l.truncated()).isFalse();
        FileOutcome.Listed capped = (FileOutcome.Listed) approveAndPerform(new FileActions(eval, 10, 2),
                new Action.ListDirectory(Path.of(".")));
        assertThat(capped.entries()).hasSize(2);
        assertThat(capped.truncated()).isTrue();
    }

    @Test
    void writingIntoAMissingDirectoryFailsWithoutCreatingIt() {
        assertThatThrownBy(() -> approveAndPerform(files, new Action.WriteFile(Path.of("no/such/f.txt"), "x", false)))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(wd.resolve("no")).doesNotExist();
    }

    @Test
    void aRulingForADifferentStateOfTheDiskIsRefused() throws IOException {
        Action.WriteFile a = new Action.WriteFile(Path.of("later.txt"), "x", false);
        Ruling whenNew = eval.evaluate(a, fh.context());
        Files.writeString(wd.resolve("later.txt"), "someone else's");
        FileOutcome o = files.perform(a, fh.context(), whenNew);
        assertThat(o).isInstanceOf(FileOutcome.Refused.class);
        assertThat(((FileOutcome.Refused) o).reason()).contains("changed after it was checked");
        assertThat(Files.readString(wd.resolve("later.txt"))).isEqualTo("someone else's");
    }
}
