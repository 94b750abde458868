package dev.mycel.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycel.policy.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding a pattern to what a request said: defaults, templates, env-only values, reads and writes. */
class BindingTest {
    static final Path CWD = Path.of("/work/project");
    static final Path HOME = Path.of("/home/ada");

    static Pattern pack() throws PatternException {
        return PatternFile.parse(PatternFileTest.GOOD, PatternFileTest.SOURCE);
    }

    @Test
    void defaults_fill_what_the_request_left_out_and_templates_use_the_normalised_value() throws Exception {
        Binding b = pack().bind(Map.of("dir", "~/My Photos/"), CWD, HOME);
        assertThat(b).isEqualTo(new Binding(Language.BASH, pack().code(),
                Map.of("DIR", "/home/ada/My Photos", "OUTPUT", "/home/ada/My Photos.tar.gz"),
                List.of(Path.of("/home/ada/My Photos")), List.of(Path.of("/home/ada/My Photos.tar.gz"))));
    }

    @Test
    void the_default_dot_is_the_working_dir_and_its_archive_sits_beside_it() throws Exception {
        Binding b = pack().bind(Map.of(), CWD, HOME);
        assertThat(b.env()).isEqualTo(Map.of("DIR", "/work/project", "OUTPUT", "/work/project.tar.gz"));
    }

    @Test
    void a_given_output_wins_over_its_template() throws Exception {
        Binding b = pack().bind(Map.of("dir", "src", "output", "~/backup.tgz"), CWD, HOME);
        assertThat(b.writes()).containsExactly(Path.of("/home/ada/backup.tgz"));
    }

    @Test
    void values_reach_the_code_only_through_the_environment() throws Exception {
        String hostile = "x\"; rm -rf / #$(id)";
        Binding b = pack().bind(Map.of("dir", hostile), CWD, HOME);
        assertThat(b.code()).isEqualTo(pack().code()).doesNotContain(hostile);
        assertThat(b.env().get("DIR")).isEqualTo("/work/project/" + hostile);
    }

    @Test
    void a_missing_slot_without_default_names_the_slot_and_what_it_is() throws Exception {
        Pattern search = BuiltInPatterns.load().stream().filter(p -> p.id().equals("search-text")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> search.bind(Map.of("dir", "."), CWD, HOME)).isInstanceOf(SlotException.class)
                .hasMessage("missing text: the text to look for")
                .satisfies(e -> assertThat(((SlotException) e).slot()).isEqualTo("text"));
    }

    @Test
    void an_unknown_slot_name_is_refused() {
        assertThatThrownBy(() -> pack().bind(Map.of("folder", "x"), CWD, HOME))
                .hasMessage("pattern pack has no slot 'folder'");
    }

    @Test
    void an_output_that_is_also_the_input_is_refused_before_it_could_truncate_it() {
        assertThatThrownBy(() -> pack().bind(Map.of("dir", "a", "output", "./a"), CWD, HOME))
                .hasMessage("the output /work/project/a is also an input; choose another output file");
    }

    @Test
    void a_bad_value_is_refused_with_the_slot_description() {
        assertThatThrownBy(() -> pack().bind(Map.of("dir", "~root/x"), CWD, HOME))
                .hasMessage("dir (the folder) '~root/x' names another user's home; only ~ and ~/… are understood");
    }
}
