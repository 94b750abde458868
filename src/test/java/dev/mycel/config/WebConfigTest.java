package dev.mycel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code [web]} section. */
class WebConfigTest {
    @TempDir
    Path tmp;

    private WebSettings load(String toml) throws IOException {
        Path config = tmp.resolve("config.toml");
        Files.writeString(config, toml);
        return ConfigLoader.load(new Places(tmp.resolve("run"), tmp.resolve("data"), config, tmp.resolve("home"))).web();
    }

    @Test
    void defaultsAreOnWithFreePorts() throws IOException {
        assertThat(load("")).isEqualTo(new WebSettings(true, 0, 0, 50, 512 * 1024));
    }

    @Test
    void keysAreRead() throws IOException {
        assertThat(load("[web]\nenabled = false\nport = 8765\nsurface_port = 8766\nmax_surfaces = 5\nmax_surface_kb = 64\n"))
                .isEqualTo(new WebSettings(false, 8765, 8766, 5, 64 * 1024));
    }

    @Test
    void badValuesAndTyposAreOneLineErrors() {
        assertThatThrownBy(() -> load("[web]\nport = 70000\n")).isInstanceOf(ConfigException.class).hasMessageContaining("web.port");
        assertThatThrownBy(() -> load("[web]\nprot = 1\n")).isInstanceOf(ConfigException.class).hasMessageContaining("web.prot");
    }
}
