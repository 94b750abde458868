package dev.mycel.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycel.policy.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pattern file format: a good file parses to the whole record; each broken rule is one clear line. */
class PatternFileTest {
    static final String SOURCE = "patterns/pack.toml";
    static final String GOOD = """
            id = "pack"
            version = 2
            description = "Packs a folder"
            examples = ["pack ~/Downloads", "archive this folder"]
            language = "bash"
            present = "text"
            capabilities = ["read-files", "write-files"]
            facts = ["processes"]
            code = '''
            tar -czf "$OUTPUT" -- "$DIR"
            printf '%s\\n' "$MYCEL_PROCESSES"
            '''

            [[slots]]
            name = "dir"
            type = "path"
            default = "."
            description = "the folder"

            [[slots]]
            name = "output"
            type = "path"
            default = "{dir}.tar.gz"
            description = "the archive"
            output = true
            """;

    @Test
    void a_good_file_becomes_the_whole_pattern() throws PatternException {
        Pattern p = PatternFile.parse(GOOD, SOURCE);
        assertThat(p).isEqualTo(new Pattern("pack", 2, "Packs a folder", List.of("pack ~/Downloads",
                "archive this folder"), List.of(new Slot("dir", SlotType.PATH, Optional.of("."), "the folder", false),
                new Slot("output", SlotType.PATH, Optional.of("{dir}.tar.gz"), "the archive", true)), Language.BASH,
                "tar -czf \"$OUTPUT\" -- \"$DIR\"\nprintf '%s\\n' \"$MYCEL_PROCESSES\"\n", Presentation.TEXT,
                List.of("read-files", "write-files"), List.of(HostFact.PROCESSES)));
        assertThat(p.writes()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top key        | version = 2                  | version = 2\\nauthor = "x"      | has unknown key 'author'
            missing field          | present = "text"\\n          | ''                             | is missing the field 'present'
            bad id                 | id = "pack"                  | id = "Pack_It"                 | id 'Pack_It' must be lower-case words joined by dashes
            id not the file name   | id = "pack"                  | id = "unpack"                  | id 'unpack' must match the file name (unpack.toml)
            bad language           | language = "bash"            | language = "ruby"              | field 'language' is 'ruby' (use bash, python or javascript)
            bad presentation       | present = "text"             | present = "chart"              | field 'present' is 'chart' (use text, table or list)
            unknown capability     | "read-files", "write-files"  | "read-files", "write-files", "root" | unknown capability 'root'
            unknown fact           | facts = ["processes"]        | facts = ["disks"]              | unknown fact 'disks' (use processes or listening)
            fact never read        | "$MYCEL_PROCESSES"           | "$X"                           | lists a fact the code never reads (MYCEL_PROCESSES)
            zero version           | version = 2                  | version = 0                    | field 'version' must be a whole number of at least 1
            no examples            | ["pack ~/Downloads", "archive this folder"] | []              | examples must list at least one phrasing
            unknown slot type      | type = "path"\\ndefault = "." | type = "folder"\\ndefault = "." | slot 'dir' has unknown type 'folder' (use path, glob, number, size, text or duration)
            unknown slot key       | description = "the folder"   | description = "the folder"\\nhint = "x" | slot 'dir' has unknown key 'hint'
            duplicate slot         | name = "output"              | name = "dir"                   | slot 'dir' is declared twice
            default to unknown     | "{dir}.tar.gz"               | "{folder}.tar.gz"              | slot 'output' has a default that refers to the unknown slot 'folder'
            default to itself      | "{dir}.tar.gz"               | "{output}.tar.gz"              | slot 'output' has a default that refers to itself
            stray brace in default | "{dir}.tar.gz"               | "{dir}.tar.gz}"                | slot 'output' has a default with a stray { or }
            placeholder in code    | -- "$DIR"                    | -- {dir} "$DIR"                | code contains the placeholder {dir}: slot values reach the code only through the environment variable DIR
            slot never read        | -- "$DIR"                    | -- .                           | slot 'dir' is never read: the code does not mention DIR
            output not a path      | type = "path"\\ndefault = "{dir} | type = "text"\\ndefault = "{dir} | slot 'output' is an output but has type 'text' (an output must be a path)
            writer without cap     | "read-files", "write-files"  | "read-files"                   | a pattern with an output slot must list the capability 'write-files'
            broken TOML            | version = 2                  | version = = 2                  | not valid TOML (line 2)
            duplicate key          | version = 2                  | version = 2\\nversion = 3      | Duplicate key
            duplicate code         | present = "text"             | present = "text"\\ncode = "id"    | Duplicate key
            """)
    void a_broken_file_is_refused_with_one_clear_line(String what, String from, String to, String message) {
        String toml = GOOD.replace(unescape(from), unescape(to));
        assertThat(toml).as("the mutation must apply").isNotEqualTo(GOOD);
        assertThatThrownBy(() -> PatternFile.parse(toml, SOURCE)).isInstanceOf(PatternException.class)
                .message().startsWith(SOURCE + ": ").contains(message).doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource({"path, PATH", "home, HOME", "tmpdir, TMPDIR", "pwd, PWD", "user, USER", "mycel_token, MYCEL_TOKEN"})
    void a_slot_cannot_read_what_the_sandbox_or_runtime_sets(String name, String env) {
        String toml = GOOD.replace("name = \"dir\"", "name = \"" + name + "\"").replace("\"$DIR\"", "\"$" + env + "\"")
                .replace("{dir}", "{" + name + "}");
        assertThatThrownBy(() -> PatternFile.parse(toml, SOURCE)).isInstanceOf(PatternException.class)
                .hasMessage(SOURCE + ": slot '" + name + "' would read the environment variable " + env
                        + ", which the sandbox or the runtime owns");
    }

    @Test
    void a_default_may_not_chain_through_another_template() {
        String toml = GOOD + """

                [[slots]]
                name = "list"
                type = "path"
                default = "{output}.txt"
                description = "a list"
                """;
        String withRead = toml.replace("-- \"$DIR\"", "-- \"$DIR\" \"$LIST\"");
        assertThatThrownBy(() -> PatternFile.parse(withRead, SOURCE)).hasMessageContaining(
                "slot 'list' has a default that refers to 'output', whose own default refers to another slot");
    }

    @Test
    void a_description_is_one_line() {
        String toml = GOOD.replace("\"Packs a folder\"", "'''Packs\na folder'''");
        assertThatThrownBy(() -> PatternFile.parse(toml, SOURCE))
                .hasMessage(SOURCE + ": field 'description' must be one line");
    }

    @Test
    void a_source_that_is_not_a_file_name_skips_the_name_check() throws PatternException {
        assertThat(PatternFile.parse(GOOD, "collective:sha256:abcd").id()).isEqualTo("pack");
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\\", "\\");
    }
}
