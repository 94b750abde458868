package dev.mycel.patterns;

import static dev.mycel.patterns.BuiltInPatternsSandboxTest.c;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.lines;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.p;
import static dev.mycel.patterns.BuiltInPatternsSandboxTest.slots;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.patterns.BuiltInPatternsSandboxTest.Case;
import java.util.List;

/** Sandbox cases for the patterns that read CSV, JSON, text, logs and archives. */
final class DataCases {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> JSON_AS_CSV = List.of("name,age,tags", "Ada,36,", "Linus,,\"[\"\"a\"\", \"\"b\"\"]\"");

    private DataCases() {
    }

    static List<Case> all() {
        return List.of(
                c("csv-inspect", slots("file", "data/people.csv"), (out, f) -> assertThat(lines(out))
                        .containsExactly("column\tnon_empty\t(3 rows)", "name\t3", "age\t2", "city\t3")),
                c("csv-head", slots("file", "data/people.csv", "count", "1"), (out, f) -> assertThat(lines(out))
                        .containsExactly("name\tage\tcity", "Ada\t36\tLondon")),
                c("csv-to-json", slots("file", "data/people.csv"), (out, f) -> {
                    var rows = JSON.readTree(out);
                    assertThat(rows.size()).isEqualTo(3);
                    assertThat(rows.get(2).get("city").asText()).isEqualTo("New York, NY");
                    assertThat(rows.get(1).get("age").asText()).isEmpty();
                }),
                c("json-inspect", slots("file", "data/people.json"), (out, f) -> assertThat(lines(out))
                        .containsExactly("array of 2 items", "  [0]: object with 2 keys", "    name: str", "    age: int")),
                c("json-pretty", slots("file", "data/people.json"), (out, f) -> {
                    assertThat(JSON.readTree(out)).isEqualTo(JSON.readTree(PatternFixture.JSON));
                    assertThat(lines(out)).contains("    \"age\": 36,", "    \"tags\": [");
                }),
                c("json-to-csv", slots("file", "data/people.json"), (out, f) -> assertThat(lines(out))
                        .isEqualTo(JSON_AS_CSV)),
                c("word-count", slots("file", "docs/notes.md"), (out, f) -> assertThat(lines(out))
                        .containsExactly("lines\t2", "words\t7", "characters\t28")),
                c("top-words", slots("file", "docs/notes.md", "count", "2"), (out, f) -> assertThat(lines(out))
                        .containsExactly("word\tcount", "the\t3", "and\t1")),
                c("large-logs", slots("dir", "logs", "min_size", "1 MiB"), (out, f) -> assertThat(lines(out))
                        .containsExactly("bytes\tfile", BuiltInPatternsSandboxTest.size("logs/app.log") + "\t"
                                + p("logs/app.log"))),
                c("log-errors", slots("dir", "logs"), (out, f) -> assertThat(lines(out)).containsExactly(
                        p("logs/app.log") + ": 2 errors, 1 warnings", "  ERROR disk failed", "  ERROR final failure",
                        p("logs/small.log") + ": 0 errors, 0 warnings")),
                c("tail-file", slots("file", "logs/app.log", "count", "2"), (out, f) -> assertThat(out)
                        .isEqualTo("ERROR disk failed\nERROR final failure\n")),
                c("archive-list", slots("file", "archives/sample.tar"), (out, f) -> assertThat(lines(out))
                        .containsExactly("bytes\tname", "4\tx/one.txt", "5\tx/two.txt")),
                c("archive-list", slots("file", "archives/sample.zip"), (out, f) -> assertThat(lines(out))
                        .containsExactly("bytes\tname", "4\tone.txt")));
    }
}
