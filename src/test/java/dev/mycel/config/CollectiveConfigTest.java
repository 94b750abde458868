package dev.mycel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code [collective]} section: sharing off by default, every key checked. */
class CollectiveConfigTest {
    @TempDir
    Path tmp;

    private CollectiveSettings load(String toml) throws IOException {
        Path config = tmp.resolve("config.toml");
        Files.writeString(config, toml);
        return ConfigLoader.load(new Places(tmp.resolve("run"), tmp.resolve("data"), config, tmp.resolve("home"))).collective();
    }

    @Test
    void sharingIsOffByDefault() throws IOException {
        CollectiveSettings d = load("");
        assertThat(d.share()).isFalse();
        assertThat(d.blockedCategories()).containsExactly("financial", "medical", "legal");
        assertThat(d.epsilonPerDay()).isEqualTo(1.0);
        assertThat(d.threshold()).isEqualTo(0.5);
        assertThat(d.peers()).isEmpty();
        assertThat(d.servePort()).isZero();
    }

    @Test
    void keysAreRead() throws IOException {
        CollectiveSettings s = load("[collective]\nshare = true\nthreshold = 0.7\nblocked_categories = [\"medical\"]\n"
                + "review_sensitivity = 0.1\nepsilon_per_day = 2.5\npeers = [\"http://127.0.0.1:9000\"]\nserve_port = 9001\n");
        assertThat(s).isEqualTo(new CollectiveSettings(true, 0.7, List.of("medical"), 0.1, 2.5, List.of("http://127.0.0.1:9000"), 9001));
    }

    @Test
    void badValuesAreOneLineErrors() {
        assertThatThrownBy(() -> load("[collective]\nblocked_categories = [\"gossip\"]\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("blocked_categories has \"gossip\"").hasMessageContaining("financial, medical, legal");
        assertThatThrownBy(() -> load("[collective]\nepsilon_per_day = 0\n")).hasMessageContaining("collective.epsilon_per_day");
        assertThatThrownBy(() -> load("[collective]\nshare = \"yes\"\n")).hasMessageContaining("collective.share");
        assertThatThrownBy(() -> load("[collective]\nsharing = true\n")).hasMessageContaining("collective.sharing");
    }
}
