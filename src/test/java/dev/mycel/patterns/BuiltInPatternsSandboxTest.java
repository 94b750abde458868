package dev.mycel.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import dev.mycel.sandbox.ExecOutcome;
import dev.mycel.sandbox.Sandbox;
import dev.mycel.sandbox.SandboxChoice;
import dev.mycel.sandbox.SandboxCommand;
import dev.mycel.sandbox.Sandboxes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in pattern run for real: bound with fixture values exactly as the runtime binds a
 * request, run in bubblewrap with the binding's environment and writable outputs, and its output
 * checked against what the fixture is known to contain.
 */
class BuiltInPatternsSandboxTest {
    @TempDir
    static Path base;
    static PatternFixture fx;
    static Sandbox sandbox;
    static Map<String, Pattern> patterns;

    static final String PROCESSES = "pid\tuser\trss_kib\tcpu_percent\tcommand\n"
            + "101\talice\t204800\t1.5\tfirefox --new-window\n"
            + "202\tbob\t1024\t50.0\tpython3 train.py\n"
            + "303\talice\t409600\t0.0\tjava -jar app.jar\n";
    static final String LISTENING = "proto\taddress\tport\tprocess\n"
            + "tcp\t127.0.0.1\t8080\tjava\n" + "udp\t0.0.0.0\t53\tdnsmasq\n" + "tcp\t::\t22\t\n";

    /** One run of one pattern: slot values as a request would give them, then what must hold. */
    record Case(String id, Map<String, String> slots, Check check) {
        @Override
        public String toString() {
            return id + " " + slots;
        }
    }

    interface Check {
        void verify(String stdout, Map<String, Path> outputs) throws Exception;
    }

    @BeforeAll
    static void setUp() throws Exception {
        fx = new PatternFixture(base);
        Places places = new Places(base.resolve("run"), fx.home.resolve(".local/share/mycel"),
                fx.home.resolve(".config/mycel/config.toml"), fx.home);
        Files.createDirectories(places.runtimeDir());
        SandboxSettings d = SandboxSettings.defaults();
        SandboxSettings settings = new SandboxSettings(SandboxSettings.Backend.BUBBLEWRAP, d.timeout(),
                d.addressSpaceBytes(), d.maxProcesses(), d.maxFileBytes(), d.cpuTime(), d.tmpfsBytes(),
                d.outputLimitBytes());
        SandboxChoice choice = Sandboxes.select(settings, PolicySettings.defaults().withPlaces(places), places);
        assertThat(choice).as("bubblewrap must be usable here").isInstanceOf(SandboxChoice.Usable.class);
        sandbox = ((SandboxChoice.Usable) choice).sandbox();
        patterns = BuiltInPatterns.load().stream().collect(Collectors.toMap(Pattern::id, p -> p));
    }

    @Test
    void every_built_in_pattern_has_a_sandbox_case() {
        Set<String> covered = cases().stream().map(Case::id).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(patterns.keySet());
        missing.removeAll(covered);
        assertThat(missing).as("built-in patterns without a sandbox case").isEmpty();
        assertThat(patterns.keySet()).containsAll(covered);
    }

    @TestFactory
    Stream<DynamicTest> each_pattern_does_its_job_in_bubblewrap() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
    }

    private void run(Case c) throws Exception {
        Pattern p = patterns.get(c.id());
        Binding b = p.bind(c.slots(), fx.work, fx.home);
        Map<String, String> env = new LinkedHashMap<>(b.env());
        for (HostFact f : p.facts()) {
            env.put(f.envName(), f == HostFact.PROCESSES ? PROCESSES : LISTENING);
        }
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (Slot s : p.slots()) {
            if (s.output()) {
                Path out = Path.of(b.env().get(s.envName()));
                Files.deleteIfExists(out);
                Files.createFile(out); // the runtime creates a missing output empty before the run
                outputs.put(s.name(), out);
            }
        }
        var cmd = new SandboxCommand(b.language(), b.code(), List.of(), env, fx.work, b.writes(), Duration.ofSeconds(20));
        ExecOutcome o = sandbox.run(cmd);
        assertThat(o).as(c.id()).isInstanceOf(ExecOutcome.Completed.class);
        var done = (ExecOutcome.Completed) o;
        assertThat(done.exitCode()).as(c.id() + " exit; stderr: " + done.stderr() + "\nstdout: " + done.stdout())
                .isZero();
        c.check().verify(done.stdout(), outputs);
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }

    static String p(String relative) {
        return fx.at(relative).toString();
    }

    static long size(String relative) throws java.io.IOException {
        return Files.size(fx.at(relative));
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, String> slots(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Case c(String id, Map<String, String> slots, Check check) {
        return new Case(id, slots, check);
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.addAll(FileCases.all());
        all.addAll(SystemCases.all());
        all.addAll(DataCases.all());
        all.addAll(WriterCases.all());
        return all;
    }
}
