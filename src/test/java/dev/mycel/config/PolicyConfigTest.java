package dev.mycel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code [policy]} section: rule lists edited in TOML, and the two switches. */
class PolicyConfigTest {
    @TempDir
    Path tmp;

    private PolicySettings load(String toml) throws IOException {
        Path config = tmp.resolve("config.toml");
        Files.writeString(config, toml);
        Places places = new Places(tmp.resolve("run"), tmp.resolve("data"), config, tmp.resolve("home"));
        return ConfigLoader.load(places).policy();
    }

    @Test
    void defaultsKeepTheSwitchesOffAndBlockMycelsOwnDirs() throws IOException {
        PolicySettings p = load("");
        assertThat(p.confirmNewFiles()).isFalse();
        assertThat(p.denyCritical()).isFalse();
        assertThat(p.blockedPaths()).containsAll(PolicySettings.DEFAULT_BLOCKED)
                .contains(tmp.resolve("run") + "/**", tmp.resolve("data") + "/**");
    }

    @Test
    void switchesAndRuleEditsAreRead() throws IOException {
        PolicySettings p = load("""
                [policy]
                confirm_new_files = true
                deny_critical = true
                blocked_paths_add = ["~/vault/**"]
                blocked_paths_remove = ["~/.npmrc"]
                write_protected_paths_add = ["~/.vimrc"]
                """);
        assertThat(p.confirmNewFiles()).isTrue();
        assertThat(p.denyCritical()).isTrue();
        assertThat(p.blockedPaths()).contains("~/vault/**", "~/.ssh/**").doesNotContain("~/.npmrc");
        assertThat(p.writeProtectedPaths()).contains("~/.vimrc", "~/.bashrc");
    }

    @Test
    void removingMycelsOwnDirsFromTheConfigDoesNotUnblockThem() throws IOException {
        String own = tmp.resolve("run") + "/**";
        PolicySettings p = load("[policy]\nblocked_paths = []\nblocked_paths_remove = [\"" + own + "\"]\n");
        assertThat(p.blockedPaths()).contains(own);
    }

    @Test
    void aSwitchThatIsNotABooleanIsAOneLineError() {
        assertThatThrownBy(() -> load("[policy]\ndeny_critical = \"yes\"\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("policy.deny_critical").hasMessageContaining("true or false");
    }
}
