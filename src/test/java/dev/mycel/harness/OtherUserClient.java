package dev.mycel.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A socket client run as another local user ({@code mycel-test}, made by {@code .ci/run}) through
 * {@code runuser}, so the kernel's SO_PEERCRED really reports a foreign uid. It sends each line,
 * waits for one reply line, and prints it; {@code {"closed":true}} when the runtime hung up and
 * {@code {"connectError":…}} when the socket could not even be opened.
 */
public final class OtherUserClient {
    public static final String USER = "mycel-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = """
            import json, socket, sys
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(10)
            try:
                s.connect(sys.argv[1])
            except OSError as e:
                print(json.dumps({"connectError": type(e).__name__ + ": " + str(e)}), flush=True)
                sys.exit(0)
            f = s.makefile("rwb")
            for line in sys.stdin:
                try:
                    f.write(line.encode()); f.flush()
                except OSError:
                    pass  # the runtime may already have answered and hung up: its reply is still readable
                try:
                    reply = f.readline()
                except OSError:
                    reply = b""
                if not reply:
                    print(json.dumps({"closed": True}), flush=True)
                    break
                sys.stdout.write(reply.decode()); sys.stdout.flush()
            """;

    private OtherUserClient() {
    }

    /** Skips the test unless we are root (to switch users) and the unprivileged test user exists. */
    public static int requireUid() {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) || currentUidIsRoot(),
                "cross-user tests switch users with runuser and need root; .ci/run runs them as root");
        try {
            Process p = new ProcessBuilder("id", "-u", USER).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Assumptions.assumeTrue(p.waitFor() == 0, "user " + USER + " is missing; .ci/run creates it");
            return Integer.parseInt(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lets the other user walk down to the socket: search permission on every parent up to {@code /}. */
    public static void openPathTo(Path socket) throws IOException {
        for (Path p = socket.getParent(); p != null; p = p.getParent()) {
            var perms = Files.getPosixFilePermissions(p);
            perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    /** Runs the client as {@link #USER}, sends {@code lines}, returns what came back, one node per line. */
    public static List<JsonNode> exchange(Path socket, String... lines) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("runuser", "-u", USER, "--", "/usr/bin/python3", "-c", SCRIPT, socket.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = p.getOutputStream()) {
            for (String l : lines) {
                in.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the other-user client hung");
        }
        List<JsonNode> replies = new ArrayList<>();
        for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                replies.add(JSON.readTree(l));
            }
        }
        return replies;
    }

    private static boolean currentUidIsRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
