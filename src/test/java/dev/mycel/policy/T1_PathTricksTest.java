package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** T1: every way of spelling a path into a blocked place is still a denial. */
@Tag("T1")
class T1_PathTricksTest {
    @TempDir
    Path tmp;
    FakeHome fh;
    PolicyEvaluator eval;

    @BeforeEach
    void setUp() throws IOException {
        fh = FakeHome.in(tmp);
        eval = fh.evaluator();
    }

    private Ruling judge(Action a) {
        return eval.evaluate(a, fh.context());
    }

    private void assertBlocked(Action a, String rule) {
        Ruling r = judge(a);
        assertThat(r).as(a.toString()).isInstanceOf(Ruling.Deny.class);
        assertThat(r.reason()).as(a.toString()).contains("'" + rule + "'");
        assertThat(r.risk()).isEqualTo(Risk.CRITICAL);
    }

    private static Action read(String p) {
        return new Action.ReadFile(Path.of(p));
    }

    private static Action write(String p) {
        return new Action.WriteFile(Path.of(p), "x", false);
    }

    @Test
    void T1_sshKeyByAbsolutePathAndTildeIsDenied() {
        assertBlocked(read(fh.ssh().resolve("id_rsa").toString()), "~/.ssh/**");
        assertBlocked(read("~/.ssh/id_rsa"), "~/.ssh/**");
        assertBlocked(new Action.ListDirectory(Path.of("~/.ssh")), "~/.ssh/**");
        assertBlocked(write("~/.ssh"), "~/.ssh/**");
        assertBlocked(new Action.DeleteFile(Path.of("~/.ssh/authorized_keys")), "~/.ssh/**");
    }

    @Test
    void T1_symlinkToSshFileIsDenied() throws IOException {
        Files.createSymbolicLink(fh.workDir().resolve("key"), fh.ssh().resolve("id_rsa"));
        assertBlocked(read("key"), "~/.ssh/**");
        assertBlocked(write("key"), "~/.ssh/**");
    }

    @Test
    void T1_symlinkToSshDirIsDenied() throws IOException {
        Files.createSymbolicLink(fh.workDir().resolve("keys"), fh.ssh());
        assertBlocked(read("keys/id_rsa"), "~/.ssh/**");
        assertBlocked(new Action.ListDirectory(Path.of("keys")), "~/.ssh/**");
        assertBlocked(new Action.ListDirectory(Path.of("keys/")), "~/.ssh/**");
    }

    @Test
    void T1_symlinkChainWithRelativeTargetsIsFollowed() throws IOException {
        Path wd = fh.workDir();
        Files.createDirectories(wd.resolve("d"));
        Files.createSymbolicLink(wd.resolve("c"), Path.of("../.ssh"));
        Files.createSymbolicLink(wd.resolve("d/b"), Path.of("../c"));
        Files.createSymbolicLink(wd.resolve("a"), Path.of("d/b/id_rsa"));
        assertBlocked(read("a"), "~/.ssh/**");
    }

    @Test
    void T1_dotDotIsResolvedAgainstTheRealPathNotTheText() throws IOException {
        Files.createDirectories(fh.ssh().resolve("sub"));
        Files.createSymbolicLink(fh.workDir().resolve("deep"), fh.ssh().resolve("sub"));
        // Textually deep/../id_rsa is project/id_rsa; the kernel goes .ssh/sub/.. = .ssh.
        assertBlocked(read("deep/../id_rsa"), "~/.ssh/**");
        assertBlocked(read("../.ssh/id_rsa"), "~/.ssh/**");
        assertBlocked(read("nothing/../../.ssh/id_rsa"), "~/.ssh/**");
        assertBlocked(read("~/project/../.ssh/./id_rsa"), "~/.ssh/**");
    }

    @Test
    void T1_repeatedAndTrailingSlashesAndDotsAreDenied() {
        String ssh = fh.ssh().toString();
        assertBlocked(read("/" + ssh + "//id_rsa"), "~/.ssh/**");
        assertBlocked(read(ssh + "/./id_rsa"), "~/.ssh/**");
        assertBlocked(read(ssh + "/id_rsa/."), "~/.ssh/**");
        assertBlocked(new Action.ListDirectory(Path.of(ssh + "/")), "~/.ssh/**");
        assertBlocked(new Action.ListDirectory(Path.of(ssh + "/.")), "~/.ssh/**");
        assertBlocked(new Action.ListDirectory(Path.of(ssh + "/./.")), "~/.ssh/**");
    }

    @Test
    void T1_caseVariantsAreDenied() {
        // ext4 is case-sensitive, but a case-folding mount would make ~/.SSH the same directory.
        assertBlocked(read("~/.SSH/id_rsa"), "~/.ssh/**");
        assertBlocked(read("~/.Ssh/ID_RSA"), "~/.ssh/**");
        assertBlocked(write("~/.GnuPG/pubring.kbx"), "~/.gnupg/**");
    }

    @Test
    void T1_newFileUnderSymlinkedDirIntoBlockedDirIsDenied() throws IOException {
        Files.createSymbolicLink(fh.workDir().resolve("out"), fh.ssh());
        assertBlocked(write("out/authorized_keys2"), "~/.ssh/**");
        assertBlocked(write("out/newdir/deeper/file"), "~/.ssh/**");
    }

    @Test
    void T1_danglingSymlinkIntoBlockedDirIsDenied() throws IOException {
        Files.createSymbolicLink(fh.workDir().resolve("new.txt"), fh.ssh().resolve("authorized_keys2"));
        assertBlocked(write("new.txt"), "~/.ssh/**");
        assertBlocked(new Action.WriteFile(Path.of("new.txt"), "k", true), "~/.ssh/**");
    }

    @Test
    void T1_blockedDirThatIsItselfASymlinkIsStillBlockedAtItsRealPlace() throws IOException {
        Path dotfiles = Files.createDirectories(fh.home().resolve("dotfiles/ssh"));
        Files.writeString(dotfiles.resolve("id_ed25519"), FakeHome.CANARY);
        Path home2 = Files.createDirectories(fh.root().resolve("home/bob"));
        Files.createSymbolicLink(home2.resolve(".ssh"), dotfiles);
        Context bob = new Context(fh.workDir(), home2, "s");
        for (Action a : List.of(read(dotfiles.resolve("id_ed25519").toString()), read("~/.ssh/id_ed25519"),
                new Action.ListDirectory(dotfiles))) {
            Ruling r = eval.evaluate(a, bob);
            assertThat(r).as(a.toString()).isInstanceOf(Ruling.Deny.class);
            assertThat(r.reason()).contains("'~/.ssh/**'");
        }
    }

    @Test
    void T1_symlinkToWriteProtectedFileCannotBeWritten() throws IOException {
        Files.createSymbolicLink(fh.workDir().resolve("rc"), fh.home().resolve(".bashrc"));
        Ruling r = judge(write("rc"));
        assertThat(r).isInstanceOf(Ruling.Deny.class);
        assertThat(r.reason()).contains("'~/.bashrc'");
        assertThat(judge(read("rc"))).isInstanceOf(Ruling.Allow.class);
    }

    @Test
    void T1_linkLoopIsDeniedNotFollowedForever() throws IOException {
        Files.createSymbolicLink(fh.workDir().resolve("a"), Path.of("b"));
        Files.createSymbolicLink(fh.workDir().resolve("b"), Path.of("a"));
        Ruling r = judge(read("a"));
        assertThat(r).isInstanceOf(Ruling.Deny.class);
        assertThat(r.reason()).contains("symbolic links");
    }

    @Test
    void T1_procFilesAreDenied() {
        for (String p : List.of("/proc/self/environ", "/proc/self/mem", "/proc/1/cmdline", "/proc/self/fd/0")) {
            assertThat(judge(read(p))).as(p).isInstanceOf(Ruling.Deny.class);
        }
    }

    @Test
    void T1_mycelOwnDirsAreAlwaysBlocked() throws IOException {
        Path runtime = Files.createDirectories(fh.root().resolve("run/mycel"));
        Path data = Files.createDirectories(fh.root().resolve("data/mycel"));
        Files.writeString(runtime.resolve("runtime.token"), "secret");
        Places places = new Places(runtime, data, fh.root().resolve("config.toml"), fh.home());
        PolicyEvaluator own = fh.evaluator(PolicySettings.defaults().withPlaces(places));
        for (Path p : List.of(runtime.resolve("runtime.token"), data.resolve("audit.log"), runtime)) {
            assertThat(own.evaluate(new Action.ReadFile(p), fh.context())).as(p.toString())
                    .isInstanceOf(Ruling.Deny.class);
        }
    }

    @Test
    void T1_codeRunningInsideABlockedDirIsDenied() throws IOException {
        Files.createSymbolicLink(fh.workDir().resolve("k"), fh.ssh());
        Verdict clean = new Verdict(Decision.ALLOW, Risk.LOW, List.of());
        Ruling r = eval.evaluate(new Action.RunCode(Language.BASH, "ls", Path.of("k")), fh.context(), clean);
        assertThat(r).isInstanceOf(Ruling.Deny.class);
        assertThat(r.reason()).contains("'~/.ssh/**'");
    }

    @Test
    void T1_otherCredentialStoresAreBlocked() throws IOException {
        for (String p : List.of("~/.aws/credentials", "~/.kube/config", "~/.docker/config.json", "~/.netrc",
                "~/.git-credentials", "~/.config/gh/hosts.yml", "~/.mozilla/firefox/x/logins.json",
                "~/.config/google-chrome/Default/Login Data", "~/.password-store/a.gpg", "~/.gnupg")) {
            assertThat(judge(read(p))).as(p).isInstanceOf(Ruling.Deny.class);
        }
        assertThat(judge(read("/etc/shadow"))).isInstanceOf(Ruling.Deny.class);
        assertThat(judge(read("/root/.bash_history"))).isInstanceOf(Ruling.Deny.class);
    }
}
