package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycel.config.PolicySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk ladder: each rule of {@link PolicyEvaluator} with the ruling it must give, compared whole. */
class PolicyEvaluatorTest {
    @TempDir
    Path tmp;
    FakeHome fh;
    Path wd;
    PolicyEvaluator eval;

    @BeforeEach
    void setUp() throws IOException {
        fh = FakeHome.in(tmp);
        wd = fh.workDir();
        eval = fh.evaluator();
    }

    private Ruling judge(Action a) {
        return eval.evaluate(a, fh.context());
    }

    private static Action write(Path p) {
        return new Action.WriteFile(p, "content", false);
    }

    @Test
    void readingAnOrdinaryFileIsAllowedAndNamesTheRealPath() {
        Path notes = wd.resolve("notes.txt");
        assertThat(judge(new Action.ReadFile(Path.of("notes.txt"))))
                .isEqualTo(new Ruling.Allow(Risk.LOW, "reads " + notes, List.of(), Optional.of(notes)));
        assertThat(judge(new Action.ReadFile(Path.of("/usr/share/dict/nothing")))).isInstanceOf(Ruling.Allow.class);
    }

    @Test
    void readingADirectoryOrADeviceIsDenied() {
        assertThat(judge(new Action.ReadFile(wd))).isEqualTo(
                new Ruling.Deny(wd + " is a directory; list it instead", Risk.LOW, List.of()));
        assertThat(judge(new Action.ReadFile(Path.of("/dev/null")))).isInstanceOf(Ruling.Deny.class);
    }

    @Test
    void listingIsAllowedButNotOfAFile() {
        assertThat(judge(new Action.ListDirectory(Path.of("."))))
                .isEqualTo(new Ruling.Allow(Risk.LOW, "lists " + wd, List.of(), Optional.of(wd)));
        assertThat(judge(new Action.ListDirectory(Path.of("notes.txt")))).isInstanceOf(Ruling.Deny.class);
    }

    @Test
    void newFileInWorkDirIsAllowedByDefaultAndConfirmedWhenConfigured() throws IOException {
        Path f = wd.resolve("new.py");
        String reason = "creates the new file " + f + " in the working directory";
        assertThat(judge(write(Path.of("new.py"))))
                .isEqualTo(new Ruling.Allow(Risk.LOW, reason, List.of(), Optional.of(f)));
        PolicyEvaluator asking = fh.evaluator(new PolicySettings(PolicySettings.DEFAULT_BLOCKED,
                PolicySettings.DEFAULT_WRITE_PROTECTED, true, false));
        assertThat(asking.evaluate(write(Path.of("new.py")), fh.context()))
                .isEqualTo(new Ruling.Confirm(Risk.LOW, reason, List.of(), Optional.of(f)));
        Files.createDirectories(wd.resolve("src"));
        assertThat(judge(write(Path.of("src/sub/new.py")))).isInstanceOf(Ruling.Allow.class);
    }

    @Test
    void overwritingOrAppendingToAFileInWorkDirIsConfirmedMedium() {
        Path notes = wd.resolve("notes.txt");
        assertThat(judge(write(notes))).isEqualTo(new Ruling.Confirm(Risk.MEDIUM,
                "overwrites the existing file " + notes, List.of(), Optional.of(notes)));
        assertThat(judge(new Action.WriteFile(notes, "more", true))).isEqualTo(new Ruling.Confirm(Risk.MEDIUM,
                "appends to the existing file " + notes, List.of(), Optional.of(notes)));
    }

    @Test
    void deletingIsConfirmedMediumInsideHighOutsideCriticalInTheSystem() {
        assertThat(judge(new Action.DeleteFile(Path.of("notes.txt"))).risk()).isEqualTo(Risk.MEDIUM);
        assertThat(judge(new Action.DeleteFile(Path.of("~/Documents/cv.pdf"))).risk()).isEqualTo(Risk.HIGH);
        assertThat(judge(new Action.DeleteFile(Path.of("/usr/bin/ls")))).isInstanceOf(Ruling.Confirm.class)
                .extracting(Ruling::risk).isEqualTo(Risk.CRITICAL);
        assertThat(judge(new Action.DeleteFile(wd)).risk()).as("the working dir itself is not inside it")
                .isEqualTo(Risk.HIGH);
    }

    @Test
    void deletingALinkIsDeniedRatherThanDeletingItsTarget() throws IOException {
        Path thesis = Files.writeString(fh.home().resolve("thesis.pdf"), "years of work");
        Files.createSymbolicLink(wd.resolve("thesis"), thesis);
        Ruling r = judge(new Action.DeleteFile(Path.of("thesis")));
        assertThat(r).isEqualTo(new Ruling.Deny(wd.resolve("thesis") + " is a symbolic link; removing links is not"
                + " supported, and following it would delete " + thesis + " instead", Risk.LOW, List.of()));
    }

    @Test
    void writingOutsideWorkDirIsConfirmedHigh() {
        Path other = fh.home().resolve("other.txt");
        assertThat(judge(write(Path.of("~/other.txt")))).isEqualTo(new Ruling.Confirm(Risk.HIGH,
                "creates " + other + ", outside the working directory " + wd, List.of(), Optional.of(other)));
        assertThat(judge(write(Path.of("/tmp/mycel-evaluator-test")))).extracting(Ruling::risk)
                .isEqualTo(Risk.HIGH);
    }

    @Test
    void writingThroughALinkThatLeavesWorkDirIsConfirmedHigh() throws IOException {
        Path elsewhere = Files.createDirectories(fh.root().resolve("elsewhere"));
        Files.createSymbolicLink(wd.resolve("out"), elsewhere);
        assertThat(judge(write(Path.of("out/x.txt")))).isEqualTo(new Ruling.Confirm(Risk.HIGH,
                "creates " + elsewhere.resolve("x.txt") + ", outside the working directory " + wd,
                List.of(), Optional.of(elsewhere.resolve("x.txt"))));
    }

    @Test
    void workDirReachedThroughALinkStillCountsAsInside() throws IOException {
        Path link = Files.createSymbolicLink(fh.root().resolve("wdlink"), wd);
        Ruling r = eval.evaluate(write(Path.of("fresh.txt")), new Context(link, fh.home(), "s"));
        assertThat(r).isEqualTo(new Ruling.Allow(Risk.LOW, "creates the new file " + wd.resolve("fresh.txt")
                + " in the working directory", List.of(), Optional.of(wd.resolve("fresh.txt"))));
    }

    @Test
    void systemChangesAreConfirmedCritical() {
        for (String p : List.of("/etc/hosts", "/etc/cron.d/new", "/usr/local/bin/tool", "/boot/grub/grub.cfg",
                "/var/lib/x", "/opt/app/conf", "/newtoplevel", "/ETC/hosts")) {
            Ruling r = judge(write(Path.of(p)));
            assertThat(r).as(p).isInstanceOf(Ruling.Confirm.class);
            assertThat(r.risk()).as(p).isEqualTo(Risk.CRITICAL);
            assertThat(r.reason()).as(p).startsWith("changes the system: ");
        }
    }

    @Test
    void denyCriticalTurnsCriticalConfirmationsIntoDenials() {
        PolicyEvaluator strict = fh.evaluator(new PolicySettings(PolicySettings.DEFAULT_BLOCKED,
                PolicySettings.DEFAULT_WRITE_PROTECTED, false, true));
        Ruling r = strict.evaluate(write(Path.of("/etc/hosts")), fh.context());
        assertThat(r).isEqualTo(new Ruling.Deny("changes the system: overwrites /etc/hosts; critical actions are"
                + " refused here (policy.deny_critical)", Risk.CRITICAL, List.of()));
        Finding rm = new Finding("fs.rm_root", "removes everything", 1, Decision.CONFIRM, Risk.CRITICAL);
        Ruling code = strict.evaluate(new Action.RunCode(Language.BASH, "rm -rf /", wd), fh.context(),
                new Verdict(Decision.CONFIRM, Risk.CRITICAL, List.of(rm)));
        assertThat(code).isInstanceOf(Ruling.Deny.class);
        assertThat(code.findings()).containsExactly(rm);
        assertThat(strict.evaluate(write(Path.of("~/x")), fh.context())).as("high stays a confirmation")
                .isInstanceOf(Ruling.Confirm.class);
    }

    @Test
    void writeProtectedPathsMayBeReadButNotChanged() {
        for (String p : List.of("~/.bashrc", "/etc/passwd", "~/.config/systemd/user/evil.service",
                "~/.config/autostart/evil.desktop")) {
            Ruling w = judge(write(Path.of(p)));
            assertThat(w).as(p).isInstanceOf(Ruling.Deny.class);
            assertThat(w.risk()).isEqualTo(Risk.HIGH);
            assertThat(w.reason()).contains("may be read but not changed (policy rule '");
            assertThat(judge(new Action.DeleteFile(Path.of(p)))).as(p).isInstanceOf(Ruling.Deny.class);
        }
        assertThat(judge(new Action.ReadFile(Path.of("~/.bashrc")))).isInstanceOf(Ruling.Allow.class);
        assertThat(judge(new Action.ReadFile(Path.of("/etc/passwd")))).isInstanceOf(Ruling.Allow.class);
    }

    @Test
    void writingOverADirectoryIsDenied() {
        assertThat(judge(write(wd))).isEqualTo(new Ruling.Deny(wd + " is a directory, not a file", Risk.LOW,
                List.of()));
    }

    @Test
    void codeFollowsTheValidatorsVerdictAndCarriesItsFindings() {
        Action run = new Action.RunCode(Language.PYTHON, "import os", Path.of("."));
        Finding net = new Finding("net.socket", "opens a network connection", 3, Decision.CONFIRM, Risk.HIGH);
        Finding evil = new Finding("exec.eval", "runs decoded text as code", 7, Decision.DENY, Risk.CRITICAL);
        Finding note = new Finding("fs.read", "reads a file", 1, Decision.ALLOW, Risk.LOW);
        assertThat(eval.evaluate(run, fh.context(), new Verdict(Decision.ALLOW, Risk.LOW, List.of(note))))
                .isEqualTo(new Ruling.Allow(Risk.LOW, "the validator found nothing that needs asking",
                        List.of(note), Optional.empty()));
        assertThat(eval.evaluate(run, fh.context(), new Verdict(Decision.CONFIRM, Risk.HIGH, List.of(note, net))))
                .isEqualTo(new Ruling.Confirm(Risk.HIGH, "line 3: opens a network connection",
                        List.of(note, net), Optional.empty()));
        assertThat(eval.evaluate(run, fh.context(), new Verdict(Decision.DENY, Risk.CRITICAL, List.of(net, evil))))
                .isEqualTo(new Ruling.Deny("line 3: opens a network connection; line 7: runs decoded text as code",
                        Risk.CRITICAL, List.of(net, evil)));
    }

    @Test
    void codeWithoutAVerdictIsDenied() {
        Action run = new Action.RunCode(Language.BASH, "echo hi", wd);
        assertThat(eval.evaluate(run, fh.context())).isEqualTo(
                new Ruling.Deny("the code was not checked by the validator", Risk.HIGH, List.of()));
    }

    @Test
    void longFindingListsAreSummarised() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            many.add(new Finding("r" + i, "thing " + i, i, Decision.CONFIRM, Risk.MEDIUM));
        }
        Ruling r = eval.evaluate(new Action.RunCode(Language.BASH, "x", wd), fh.context(),
                new Verdict(Decision.CONFIRM, Risk.MEDIUM, many));
        assertThat(r.reason()).isEqualTo("line 1: thing 1; line 2: thing 2; line 3: thing 3 (and 2 more)");
    }

    @Test
    void surfacesAreAllowed() {
        assertThat(judge(new Action.ShowSurface("Weather", 2048))).isInstanceOf(Ruling.Allow.class)
                .extracting(Ruling::risk).isEqualTo(Risk.LOW);
    }

    @Test
    void configuredRulesAreAddedAndRemoved() throws IOException {
        Path vault = Files.createDirectories(fh.home().resolve("vault"));
        Files.writeString(vault.resolve("key7.pem"), "k");
        List<String> blocked = new ArrayList<>(PolicySettings.DEFAULT_BLOCKED);
        blocked.remove("~/.ssh/**");
        blocked.add("~/vault/key[0-9].pem");
        blocked.add("*.kdbx");
        PolicyEvaluator custom = fh.evaluator(new PolicySettings(blocked, PolicySettings.DEFAULT_WRITE_PROTECTED));
        Context c = fh.context();
        assertThat(custom.evaluate(new Action.ReadFile(Path.of("~/.ssh/id_rsa")), c)).isInstanceOf(Ruling.Allow.class);
        assertThat(custom.evaluate(new Action.ReadFile(Path.of("~/vault/key7.pem")), c).reason())
                .contains("'~/vault/key[0-9].pem'");
        assertThat(custom.evaluate(new Action.ReadFile(Path.of("~/vault/keyX.pem")), c))
                .isInstanceOf(Ruling.Allow.class);
        assertThat(custom.evaluate(new Action.ReadFile(Path.of("deep/down/Passwords.KDBX")), c).reason())
                .contains("'*.kdbx'");
    }

    @Test
    void aMalformedRuleStopsTheEvaluatorFromBeingBuilt() {
        assertThatThrownBy(() -> fh.evaluator(new PolicySettings(List.of("~/keys/[abc"), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'~/keys/[abc'");
        assertThatThrownBy(() -> fh.evaluator(new PolicySettings(List.of(), List.of("~/a/../b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("..");
    }

    @Test
    void theSameActionOnAnUnchangedDiskGetsAnEqualRuling() {
        Action a = write(Path.of("notes.txt"));
        assertThat(judge(a)).isEqualTo(judge(a));
    }

    @Test
    void actionsDescribeThemselvesInPlainWords() {
        assertThat(new Action.WriteFile(Path.of("a.txt"), "héllo", true).describe())
                .isEqualTo("append 6 bytes to a.txt");
        assertThat(new Action.RunCode(Language.BASH, "a\nb\n", Path.of("/w")).describe())
                .isEqualTo("run a 2-line bash program in /w");
        assertThat(new Action.DeleteFile(Path.of("/x")).describe()).isEqualTo("delete /x");
        assertThat(new Action.ShowSurface("T", 10).describe())
                .isEqualTo("show the page \"T\" (10 bytes of HTML) in a sandboxed frame");
    }
}
