package dev.mycel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.Places;
import dev.mycel.config.PolicySettings;
import dev.mycel.config.SandboxSettings;
import dev.mycel.policy.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A fake user for threat tests: a temp HOME with planted canaries (credentials that must never be
 * readable inside), a working dir, a granted output dir, and real sandboxes selected for it.
 */
final class SandboxFixture {
    static final String CANARY = "CANARY-7f3a9c-do-not-leak";
    static final List<String> CANARY_FILES = List.of(".ssh/id_ed25519", ".aws/credentials", ".netrc",
            ".git-credentials", ".config/gh/hosts.yml", ".gnupg/private-keys-v1.d/key.key",
            ".mozilla/firefox/profile/logins.json", ".kube/config", ".local/share/mycel/audit.log");

    final Path base;
    final Path home;
    final Path work;
    final Path out;
    final Places places;
    final PolicySettings policy;

    SandboxFixture(Path base) throws IOException {
        this.base = base.toRealPath();
        this.home = Files.createDirectories(this.base.resolve("home"));
        this.work = Files.createDirectories(this.base.resolve("work"));
        this.out = Files.createDirectories(this.base.resolve("out"));
        for (String f : CANARY_FILES) {
            Path p = home.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, CANARY + " " + f + "\n");
        }
        Files.writeString(work.resolve("input.txt"), "hello from the working dir\n");
        this.places = new Places(this.base.resolve("run"), home.resolve(".local/share/mycel"),
                home.resolve(".config/mycel/config.toml"), home);
        Files.createDirectories(places.runtimeDir());
        Files.writeString(places.runtimeDir().resolve("runtime.token"), CANARY + " token\n");
        this.policy = PolicySettings.defaults().withPlaces(places);
    }

    Sandbox sandbox(String backend) {
        return sandbox(backend, SandboxSettings.defaults());
    }

    Sandbox sandbox(String backend, SandboxSettings settings) {
        SandboxChoice choice = switch (backend) {
            case "bubblewrap" -> Sandboxes.bubblewrap(settings, policy, places);
            case "firejail" -> Sandboxes.firejail(settings, policy, places);
            default -> throw new IllegalArgumentException(backend);
        };
        assertThat(choice).as("backend %s must be usable on this machine", backend)
                .isInstanceOf(SandboxChoice.Usable.class);
        return ((SandboxChoice.Usable) choice).sandbox();
    }

    SandboxCommand command(Language lang, String code) {
        return SandboxCommand.of(lang, code, work, Duration.ofSeconds(20));
    }

    SandboxCommand command(Language lang, String code, Path workDir, List<Path> writable) {
        return new SandboxCommand(lang, code, List.of(), Map.of(), workDir, writable, Duration.ofSeconds(20));
    }

    static ExecOutcome.Completed completed(ExecOutcome o) {
        assertThat(o).isInstanceOf(ExecOutcome.Completed.class);
        return (ExecOutcome.Completed) o;
    }

    static SandboxSettings withLimits(SandboxSettings d, Duration timeout, long asBytes, int procs, long fileBytes,
            Duration cpu, long tmpfsBytes, int outputBytes) {
        return new SandboxSettings(d.backend(), timeout, asBytes, procs, fileBytes, cpu, tmpfsBytes, outputBytes);
    }
}
