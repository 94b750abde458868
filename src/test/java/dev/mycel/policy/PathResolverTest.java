package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution on a real temp tree must agree with where the kernel would go. */
class PathResolverTest {
    @TempDir
    Path tmp;
    Path root;
    final PathResolver resolver = new PathResolver();

    @BeforeEach
    void setUp() throws IOException {
        root = tmp.toRealPath();
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/f.txt"), "x");
    }

    private PathResolver.Resolution resolve(String p) {
        return resolver.resolve(Path.of(p));
    }

    @Test
    void plainPathsResolveToThemselvesWithTheirKind() {
        assertThat(resolve(root + "/a/b/f.txt")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/b/f.txt"), PathResolver.Kind.FILE));
        assertThat(resolve(root + "/a/b/")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/b"), PathResolver.Kind.DIRECTORY));
        assertThat(resolve(root + "/a/./b/../b/f.txt")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/b/f.txt"), PathResolver.Kind.FILE));
    }

    @Test
    void linksAreReplacedByTheirTargetsBeforeDotDot() throws IOException {
        Files.createSymbolicLink(root.resolve("l"), root.resolve("a/b"));
        assertThat(resolve(root + "/l/f.txt")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/b/f.txt"), PathResolver.Kind.FILE));
        assertThat(resolve(root + "/l/..")).as("the parent of the link's target, not of the link").isEqualTo(
                new PathResolver.Resolved(root.resolve("a"), PathResolver.Kind.DIRECTORY));
    }

    @Test
    void missingTailsAreKeptAndDotDotClimbsBackIntoExistingGround() throws IOException {
        assertThat(resolve(root + "/a/new/deeper")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/new/deeper"), PathResolver.Kind.MISSING));
        Files.createSymbolicLink(root.resolve("a/link"), root.resolve("a/b"));
        assertThat(resolve(root + "/a/new/../link/f.txt")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/b/f.txt"), PathResolver.Kind.FILE));
    }

    @Test
    void danglingLinksResolveToWhereTheyPoint() throws IOException {
        Files.createSymbolicLink(root.resolve("d"), Path.of("a/b/not-yet"));
        assertThat(resolve(root + "/d")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/b/not-yet"), PathResolver.Kind.MISSING));
    }

    @Test
    void loopsAreUnresolvable() throws IOException {
        Files.createSymbolicLink(root.resolve("x"), Path.of("x"));
        assertThat(resolve(root + "/x/y")).isInstanceOf(PathResolver.Unresolvable.class);
    }

    @Test
    void aFileUsedAsADirectoryIsMissing() {
        // Nothing can exist below a regular file, so no link can hide there either.
        assertThat(resolve(root + "/a/b/f.txt/inside")).isEqualTo(
                new PathResolver.Resolved(root.resolve("a/b/f.txt/inside"), PathResolver.Kind.MISSING));
    }

    @Test
    void tildeAndRelativePathsStartAtHomeAndWorkDir() {
        Context c = new Context(root.resolve("a"), root.resolve("a/b"), "s");
        assertThat(PathResolver.absolute(Path.of("~/f.txt"), c)).isEqualTo(root.resolve("a/b/f.txt"));
        assertThat(PathResolver.absolute(Path.of("~"), c)).isEqualTo(root.resolve("a/b"));
        assertThat(PathResolver.absolute(Path.of("b/f.txt"), c)).isEqualTo(root.resolve("a/b/f.txt"));
        assertThat(PathResolver.absolute(Path.of("~bob/x"), c)).as("only a bare ~ means home")
                .isEqualTo(root.resolve("a/~bob/x"));
    }
}
