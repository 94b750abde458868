package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pure glob matching: no file system, just patterns against absolute paths. */
class GlobTest {
    private static final Path HOME = Path.of("/home/alice");

    private static boolean matches(String pattern, String path) {
        return Glob.compile(pattern, HOME).matches(Path.of(path));
    }

    @Test
    void doubleStarMatchesAnyDepthIncludingTheDirectoryItself() {
        assertThat(matches("~/.ssh/**", "/home/alice/.ssh")).isTrue();
        assertThat(matches("~/.ssh/**", "/home/alice/.ssh/id_rsa")).isTrue();
        assertThat(matches("~/.ssh/**", "/home/alice/.ssh/a/b/c")).isTrue();
        assertThat(matches("~/.ssh/**", "/home/alice/.sshx/id_rsa")).isFalse();
        assertThat(matches("~/.ssh/**", "/home/alice")).isFalse();
        assertThat(matches("/a/**/z", "/a/z")).isTrue();
        assertThat(matches("/a/**/z", "/a/b/c/z")).isTrue();
        assertThat(matches("/a/**/z", "/a/b/c/zz")).isFalse();
    }

    @Test
    void starAndQuestionMarkStayWithinOneSegmentAndMatchDots() {
        assertThat(matches("/etc/ssh/*_key", "/etc/ssh/ssh_host_rsa_key")).isTrue();
        assertThat(matches("/etc/ssh/*_key", "/etc/ssh/ssh_host_rsa_key.pub")).isFalse();
        assertThat(matches("/etc/*", "/etc/a/b")).isFalse();
        assertThat(matches("~/*", "/home/alice/.hidden")).isTrue();
        assertThat(matches("/k/id_?sa", "/k/id_rsa")).isTrue();
        assertThat(matches("/k/id_?sa", "/k/id_sa")).isFalse();
        assertThat(matches("/k/a**b", "/k/aXXb")).as("** inside a segment is *").isTrue();
    }

    @Test
    void bracketSetsRangesNegationAndEscapes() {
        assertThat(matches("/k/key[0-9].pem", "/k/key7.pem")).isTrue();
        assertThat(matches("/k/key[0-9].pem", "/k/keyx.pem")).isFalse();
        assertThat(matches("/k/key[!0-9]", "/k/keyx")).isTrue();
        assertThat(matches("/k/key[^0-9]", "/k/key3")).isFalse();
        assertThat(matches("/k/[]x]", "/k/]")).isTrue();
        assertThat(matches("/k/a\\*b", "/k/a*b")).isTrue();
        assertThat(matches("/k/a\\*b", "/k/aXb")).isFalse();
    }

    @Test
    void matchingFoldsCase() {
        assertThat(matches("~/.ssh/**", "/HOME/Alice/.SSH/ID_RSA")).isTrue();
        assertThat(matches("/k/[a-c]x", "/k/Bx")).isTrue();
        assertThat(matches("/k/[!a-c]x", "/k/Bx")).isFalse();
    }

    @Test
    void aRuleWithoutARootMatchesAtAnyDepth() {
        assertThat(matches("*.kdbx", "/home/alice/x/db.kdbx")).isTrue();
        assertThat(matches("*.kdbx", "/db.kdbx")).isTrue();
        assertThat(matches("id_rsa*", "/srv/keys/id_rsa.bak")).isTrue();
    }

    @Test
    void tildeIsTheHomeTakenLiterally() {
        Glob g = Glob.compile("~/.netrc", Path.of("/home/we[ir]d*"));
        assertThat(g.matches(Path.of("/home/we[ir]d*/.netrc"))).isTrue();
        assertThat(g.matches(Path.of("/home/wed/.netrc"))).isFalse();
        assertThat(matches("~", "/home/alice")).isTrue();
    }

    @Test
    void literalPrefixCanBeSwappedForItsResolvedForm() {
        Glob g = Glob.compile("~/.ssh/*.pub", HOME);
        assertThat(g.literalPrefix()).contains(Path.of("/home/alice/.ssh"));
        Glob moved = g.withPrefix(Path.of("/data/dotfiles/ssh"));
        assertThat(moved.matches(Path.of("/data/dotfiles/ssh/id.pub"))).isTrue();
        assertThat(moved.source()).isEqualTo("~/.ssh/*.pub");
        assertThat(Glob.compile("*.pem", HOME).literalPrefix()).isEmpty();
    }

    @Test
    void malformedRulesAreRejectedByName() {
        assertThatThrownBy(() -> Glob.compile("/k/[ab", HOME)).hasMessageContaining("'/k/[ab'")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> Glob.compile("/k/[z-a]", HOME)).hasMessageContaining("backwards");
        assertThatThrownBy(() -> Glob.compile("~/../bob/**", HOME)).hasMessageContaining("'..'");
        assertThatThrownBy(() -> Glob.compile("/", HOME)).hasMessageContaining("every path");
    }
}
