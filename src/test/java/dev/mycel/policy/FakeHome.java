package dev.mycel.policy;

import dev.mycel.config.PolicySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user's home in a temp dir, so tests never look at the real {@code ~}: {@code .ssh} with a
 * canary key, {@code .bashrc}, and a working directory {@code project} holding {@code notes.txt}.
 */
record FakeHome(Path root, Path home, Path ssh, Path workDir) {
    static final String CANARY = "CANARY-PRIVATE-KEY";

    static FakeHome in(Path tmp) throws IOException {
        Path root = tmp.toRealPath();
        Path home = Files.createDirectories(root.resolve("home/alice"));
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(ssh.resolve("id_rsa"), CANARY);
        Files.writeString(ssh.resolve("authorized_keys"), "ssh-ed25519 AAAA alice");
        Files.writeString(home.resolve(".bashrc"), "export PS1='$ '\n");
        Path wd = Files.createDirectories(home.resolve("project"));
        Files.writeString(wd.resolve("notes.txt"), "hello");
        return new FakeHome(root, home, ssh, wd);
    }

    Context context() {
        return new Context(workDir, home, "session-1");
    }

    PolicyEvaluator evaluator() {
        return evaluator(PolicySettings.defaults());
    }

    PolicyEvaluator evaluator(PolicySettings settings) {
        return new PolicyEvaluator(settings, new PathResolver());
    }

    /** SHA-256 over every name, link target and file content below {@code dir}, without following links. */
    static String treeHash(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> paths = walk.sorted().toList();
            for (Path p : paths) {
                md.update((dir.relativize(p) + "\0").getBytes(StandardCharsets.UTF_8));
                if (Files.isSymbolicLink(p)) {
                    md.update(("-> " + Files.readSymbolicLink(p) + "\0").getBytes(StandardCharsets.UTF_8));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    md.update(Files.readAllBytes(p));
                    md.update(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).toString()
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
