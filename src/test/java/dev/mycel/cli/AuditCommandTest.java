package dev.mycel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.audit.ActionFacts;
import dev.mycel.audit.AuditEvent;
import dev.mycel.audit.AuditLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mycel audit verify|tail} through the real command tree, pointed at a log in a temp dir. */
class AuditCommandTest {
    @TempDir
    Path dir;

    private Path file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void threeEntries() throws IOException {
        file = AuditLog.fileIn(dir);
        try (AuditLog log = AuditLog.open(file)) {
            for (int i = 0; i < 3; i++) {
                log.append(new AuditEvent.ActionProposed("s1", ActionFacts.code("bash", "step " + i, "echo " + i)));
            }
        }
    }

    @Test
    void verifyOfAnIntactLogExitsZero() {
        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString()).contains("audit log intact: 3 entries verify");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void verifyOfATornTailExitsZeroWithAWarning() throws IOException {
        Files.write(file, "{\"seq\":4,\"ti".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        assertThat(run("audit", "verify")).isZero();
        assertThat(err.toString()).startsWith("warning: torn last entry at line 4, probably a crash while writing; "
                + "all 3 earlier entries verify");
    }

    @Test
    void verifyOfABrokenLogExitsNonZeroNamingTheFirstBadEntry() throws IOException {
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0), lines.get(2)));
        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("audit log broken at line 2 (entry seq 2)", "has seq 3 where seq 2 belongs");
    }

    @Test
    void verifyWithoutALogExitsNonZero() throws IOException {
        Files.delete(file);
        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("no audit log at");
    }

    @Test
    void tailShowsTheLastEntries() {
        assertThat(run("audit", "tail", "-n", "2")).isZero();
        assertThat(out.toString().lines().toList()).hasSize(2)
                .satisfiesExactly(l -> assertThat(l).contains("#2", "ActionProposed", "summary=\"step 1\""),
                        l -> assertThat(l).contains("#3", "summary=\"step 2\""));
    }

    @Test
    void tailDefaultsToTwentyAndRejectsZero() {
        assertThat(run("audit", "tail")).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(run("audit", "tail", "-n", "0")).isEqualTo(2);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new MycelCommand(), new Factory(file));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Builds the audit commands on the temp log; everything else as picocli would. */
    private record Factory(Path file) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == AuditVerifyCommand.class) {
                return cls.cast(new AuditVerifyCommand(file));
            }
            if (cls == AuditTailCommand.class) {
                return cls.cast(new AuditTailCommand(file));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
