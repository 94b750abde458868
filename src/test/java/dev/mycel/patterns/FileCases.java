package dev.mycel.patterns;

import static dev.mycel.patterns.BuiltInPatternsSandboxTest.c;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.lines;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.p;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.sha256;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.slots;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.patterns.BuiltInPatternsSandboxTest.Case;
import java.util.List;

/** Sandbox cases for the patterns that look at files and folders (see {@link PatternFixture}). */
final class FileCases {
    private FileCases() {
    }

    static List<Case> all() {
        return List.of(
                c("disk-usage", slots("dir", "docs"), (out, f) -> assertThat(lines(out))
                        .contains("folder\t" + p("docs"), "files\t3", "folders\t0")),
                c("biggest-files", slots("dir", "big", "count", "1"), (out, f) -> assertThat(lines(out))
                        .containsExactly("bytes\tsize\tfile", PatternFixture.BLOB + "\t3.0MiB\t" + p("big/blob.bin"))),
                c("biggest-folders", slots("dir", ".", "count", "two"), (out, f) -> {
                    assertThat(lines(out)).hasSize(3);
                    assertThat(lines(out).get(1)).endsWith("\t" + p("big"));
                    assertThat(lines(out).get(2)).endsWith("\t" + p("logs"));
                }),
                c("duplicate-files", slots("dir", "docs"), (out, f) -> assertThat(lines(out)).containsExactly(
                        "1 groups of duplicates, 24 bytes wasted", "", "24 bytes x 2:", "  " + p("docs/a.txt"),
                        "  " + p("docs/copy of a.txt"))),
                c("recent-files", slots("within", "3 days"), (out, f) -> assertThat(out)
                        .contains("\t" + p("docs/copy of a.txt") + "\n").doesNotContain("ancient.txt")),
                c("old-files", slots("age", "1 year"), (out, f) -> assertThat(lines(out)).hasSize(2)
                        .last().asString().endsWith("\t" + p("old/ancient.txt"))),
                c("large-files", slots("min_size", "1M"), (out, f) -> assertThat(lines(out)).containsExactly(
                        "bytes\tfile", PatternFixture.BLOB + "\t" + p("big/blob.bin"),
                        BuiltInPatternsSandboxTest.size("logs/app.log") + "\t" + p("logs/app.log"))),
                c("search-text", slots("dir", "docs", "text", "hello mycel"), (out, f) -> assertThat(lines(out))
                        .containsExactlyInAnyOrder(p("docs/a.txt") + ":2:hello mycel",
                                p("docs/copy of a.txt") + ":2:hello mycel")),
                c("search-text", slots("dir", "docs", "text", "-no such text; $(id)"), (out, f) ->
                        assertThat(out).isEmpty()),
                c("search-text", slots("dir", "odd", "text", "-n"), (out, f) -> assertThat(out)
                        .isEqualTo(p("odd/-n.txt") + ":1:-n\n")),
                c("count-files", slots("dir", "odd"), (out, f) -> assertThat(out)
                        .isEqualTo("2 files matching *, 5 bytes\n")),
                c("find-by-name", slots("name", "*.py"), (out, f) -> assertThat(lines(out))
                        .containsExactly(p("code/main.py"), p("repo/main.py"))),
                c("count-files", slots("dir", "docs", "name", "*.txt"), (out, f) -> assertThat(out)
                        .isEqualTo("2 files matching *.txt, 48 bytes\n")),
                c("lines-of-code", slots("dir", "code"), (out, f) -> assertThat(lines(out)).containsExactly(
                        "language\tfiles\tlines", "Java\t1\t4", "Python\t1\t3", "JavaScript\t1\t2", "total\t3\t9")),
                c("folder-summary", slots("dir", "docs"), (out, f) -> assertThat(lines(out)).contains(
                        "files: 3", "folders: 0", "total bytes: 76", "largest: " + p("docs/notes.md") + " (28 bytes)")),
                c("file-types", slots("dir", "docs"), (out, f) -> assertThat(lines(out))
                        .containsExactly("type\tfiles\tbytes", ".txt\t2\t48", ".md\t1\t28")),
                c("empty-folders", slots("dir", "tree"), (out, f) -> assertThat(lines(out))
                        .containsExactly(p("tree/empty/nested/deeper"), p("tree/hollow"))),
                c("empty-files", slots("dir", "tree"), (out, f) -> assertThat(lines(out))
                        .containsExactly(p("tree/full/zero.txt"))),
                c("checksums", slots("dir", "docs", "name", "*.txt"), (out, f) -> assertThat(lines(out))
                        .containsExactly("sha256\tfile", sha256(PatternFixture.A_TXT) + "\t" + p("docs/a.txt"),
                                sha256(PatternFixture.A_TXT) + "\t" + p("docs/copy of a.txt"))),
                c("file-info", slots("file", "docs/copy of a.txt"), (out, f) -> assertThat(lines(out))
                        .contains("name\t" + p("docs/copy of a.txt"), "size\t24 bytes", "type\tASCII text")),
                c("folder-tree", slots("dir", "tree", "depth", "2"), (out, f) -> assertThat(lines(out))
                        .containsExactly(p("tree") + "/", "empty/", "  nested/", "full/", "  f.txt", "  zero.txt",
                                "hollow/")),
                c("broken-links", slots("dir", "links"), (out, f) -> assertThat(lines(out))
                        .containsExactly(p("links/dangling"))),
                c("compare-folders", slots("left", "cmp/left", "right", "cmp/right"), (out, f) ->
                        assertThat(lines(out)).containsExactly("only in " + p("cmp/left") + ": 1", "  only left.txt",
                                "only in " + p("cmp/right") + ": 1", "  onlyright.txt", "different content: 1",
                                "  changed.txt", "identical: 1")),
                c("git-summary", slots("dir", "repo"), (out, f) -> {
                    assertThat(lines(out)).contains("branch\tmain", "commits\t2", "changed files\t1", "  2\tTest User");
                    assertThat(out).contains("second commit (Test User,");
                }),
                c("git-recent-commits", slots("dir", "repo", "count", "1"), (out, f) -> {
                    assertThat(lines(out)).hasSize(2);
                    assertThat(lines(out).get(1)).endsWith("\tTest User\tsecond commit");
                }));
    }
}
