package dev.mycel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code [privacy]} section. */
class PrivacyConfigTest {
    @TempDir
    Path tmp;

    private PrivacySettings load(String toml) throws IOException {
        Path config = tmp.resolve("config.toml");
        Files.writeString(config, toml);
        return ConfigLoader.load(new Places(tmp.resolve("run"), tmp.resolve("data"), config, tmp.resolve("home"))).privacy();
    }

    @Test
    void defaults_redact_for_the_cloud_only_with_us_numbers() throws IOException {
        assertThat(load("")).isEqualTo(new PrivacySettings(true, false, "US"));
        assertThat(PrivacySettings.defaults()).isEqualTo(new PrivacySettings(true, false, "US"));
    }

    @Test
    void keys_are_read_and_the_region_is_upper_cased() throws IOException {
        assertThat(load("[privacy]\nredact_cloud = false\nredact_local = true\nphone_region = \"gb\"\n"))
                .isEqualTo(new PrivacySettings(false, true, "GB"));
        assertThat(load("[privacy]\nphone_region = \"XK\"\n").phoneRegion()).isEqualTo("XK");
    }

    @Test
    void bad_values_and_typos_are_one_line_errors() {
        assertThatThrownBy(() -> load("[privacy]\nphone_region = \"ZZ\"\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("privacy.phone_region").hasMessageContaining("ISO 3166");
        assertThatThrownBy(() -> load("[privacy]\nphone_region = \"AQ\"\n")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> load("[privacy]\nphone_region = 1\n")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> load("[privacy]\nredact_cloud = \"yes\"\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("privacy.redact_cloud");
        assertThatThrownBy(() -> load("[privacy]\nredact_clowd = true\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("privacy.redact_clowd");
    }

    @Test
    void every_region_the_config_accepts_is_one_the_redactor_knows() {
        for (String region : PrivacySettings.PHONE_REGIONS) {
            new dev.mycel.privacy.Redactor(region);
        }
    }
}
