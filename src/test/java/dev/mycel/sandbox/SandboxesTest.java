package dev.mycel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.SandboxSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection probes the real tools and never hands out an unconfined runner. */
class SandboxesTest {
    @TempDir
    Path dir;

    @Test
    void auto_prefers_bubblewrap_and_each_named_backend_is_what_was_asked() throws Exception {
        SandboxFixture f = new SandboxFixture(dir);
        for (var b : SandboxSettings.Backend.values()) {
            var s = new SandboxSettings(b, SandboxSettings.defaults().timeout(), 2L << 30, 256, 256L << 20,
                    SandboxSettings.defaults().cpuTime(), 256L << 20, 1 << 20);
            SandboxChoice c = Sandboxes.select(s, f.policy, f.places);
            String expected = b == SandboxSettings.Backend.FIREJAIL ? "firejail" : "bubblewrap";
            assertThat(c).isInstanceOfSatisfying(SandboxChoice.Usable.class,
                    u -> assertThat(u.sandbox().name()).isEqualTo(expected));
        }
    }

    @Test
    void an_unusable_choice_says_which_package_to_install() {
        var u = new SandboxChoice.Unusable("bubblewrap (bwrap) is not installed", "bubblewrap");
        assertThat(u.asOutcome()).isEqualTo(new ExecOutcome.Unavailable("bubblewrap (bwrap) is not installed",
                "install the Debian package 'bubblewrap' (sudo apt-get install bubblewrap)"));
    }
}
