package dev.mycel.patterns;

import static dev.mycel.patterns.BuiltInPatternsSandboxTest.c;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.fx;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.lines;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.sha256;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.slots;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.patterns.BuiltInPatternsSandboxTest.Case;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Sandbox cases for the patterns that write: the output file exists empty before the run (as the
 * runtime creates it) and is the only writable path; its content is checked on the host afterwards.
 */
final class WriterCases {
    private WriterCases() {
    }

    static List<Case> all() {
        return List.of(
                c("make-tarball", slots("dir", "docs", "output", out("docs archive.tar.gz")), (o, f) -> {
                    assertThat(host("tar", "-tzf", f.get("output").toString()).lines().sorted().toList())
                            .containsExactly("docs/", "docs/a.txt", "docs/copy of a.txt", "docs/notes.md");
                    assertThat(o).startsWith("wrote " + f.get("output") + " (").endsWith(", 4 entries)\n");
                }),
                c("make-zip", slots("dir", "docs", "output", out("docs.zip")), (o, f) -> {
                    try (ZipFile z = new ZipFile(f.get("output").toFile())) {
                        assertThat(z.stream().map(e -> e.getName()).toList())
                                .containsExactly("docs/a.txt", "docs/copy of a.txt", "docs/notes.md");
                    }
                }),
                c("make-zip", slots("dir", "odd", "output", out("odd.zip")), (o, f) -> {
                    try (ZipFile z = new ZipFile(f.get("output").toFile())) {
                        assertThat(z.stream().map(e -> e.getName()).toList())
                                .containsExactly("odd/-n.txt", "odd/line\nbreak.txt");
                    }
                }),
                c("csv-to-json-file", slots("file", "data/people.csv", "output", out("people.json")), (o, f) -> {
                    var rows = DataCases.JSON.readTree(f.get("output").toFile());
                    assertThat(rows.size()).isEqualTo(3);
                    assertThat(rows.get(0).get("name").asText()).isEqualTo("Ada");
                    assertThat(o).isEqualTo("wrote 3 records to " + f.get("output") + "\n");
                }),
                c("json-to-csv-file", slots("file", "data/people.json", "output", out("people.csv")), (o, f) ->
                        assertThat(Files.readAllLines(f.get("output"))).isEqualTo(DataCases.JSON_AS_CSV)),
                c("save-file-list", slots("dir", "docs", "output", out("list.txt")), (o, f) ->
                        assertThat(Files.readAllLines(f.get("output")))
                                .containsExactly("24\ta.txt", "24\tcopy of a.txt", "28\tnotes.md")),
                c("checksums-file", slots("dir", "docs", "output", out("docs.sha256")), (o, f) -> {
                    assertThat(Files.readAllLines(f.get("output"))).containsExactly(
                            sha256(PatternFixture.A_TXT) + "  ./a.txt", sha256(PatternFixture.A_TXT) + "  ./copy of a.txt",
                            sha256(PatternFixture.NOTES) + "  ./notes.md");
                    assertThat(o).isEqualTo("wrote 3 checksums to " + f.get("output") + "\n");
                }));
    }

    private static String out(String name) {
        return fx.out.resolve(name).toString();
    }

    private static String host(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
