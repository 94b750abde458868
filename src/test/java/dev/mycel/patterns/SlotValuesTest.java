package dev.mycel.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each normaliser on good input (to its canonical string) and bad input (to a clear refusal). */
class SlotValuesTest {
    static final Path CWD = Path.of("/work/project");
    static final Path HOME = Path.of("/home/ada");

    static String norm(SlotType type, String raw) throws SlotException {
        return SlotValues.normalise(new Slot("value", type, Optional.empty(), "the value", false), raw, CWD, HOME);
    }

    @ParameterizedTest
    @CsvSource({"~, /home/ada", "~/Downloads, /home/ada/Downloads", "'~/My Files/', /home/ada/My Files",
            "., /work/project", "src/../docs, /work/project/docs", "/etc/./hosts, /etc/hosts", "' notes.txt ', /work/project/notes.txt",
            "../up, /work/up", "~/a/../b, /home/ada/b"})
    void paths_expand_home_resolve_relative_and_normalise(String raw, String expected) throws SlotException {
        assertThat(norm(SlotType.PATH, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "~bob/secrets", "a\nb"})
    void bad_paths_are_refused(String raw) {
        assertThatThrownBy(() -> norm(SlotType.PATH, raw)).isInstanceOf(SlotException.class)
                .hasMessageStartingWith("value (the value) ");
    }

    @ParameterizedTest
    @CsvSource({"*.py, *.py", "' report*.pdf ', report*.pdf", "[ab]?.txt, [ab]?.txt", "-name, -name"})
    void globs_pass_as_written(String raw, String expected) throws SlotException {
        assertThat(norm(SlotType.GLOB, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "src/*.py", "a\nb", "x\0y"})
    void bad_globs_are_refused(String raw) {
        assertThatThrownBy(() -> norm(SlotType.GLOB, raw)).isInstanceOf(SlotException.class);
    }

    @ParameterizedTest
    @CsvSource({"10, 10", "0, 0", "' 7 ', 7", "'1,000', 1000", "ten, 10", "Twenty, 20", "1000000, 1000000"})
    void numbers_are_decimal(String raw, String expected) throws SlotException {
        assertThat(norm(SlotType.NUMBER, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "1.5", "1000001", "lots", "1,00", "99999999999999999999", ""})
    void bad_numbers_are_refused(String raw) {
        assertThatThrownBy(() -> norm(SlotType.NUMBER, raw)).isInstanceOf(SlotException.class);
    }

    @ParameterizedTest
    @CsvSource({"100M, 104857600", "1.5 GB, 1610612736", "500k, 512000", "2GiB, 2147483648", "300 bytes, 300",
            "42, 42", "1 MiB, 1048576", "3 megabytes, 3145728", "0.5K, 512", "1.0001 b, 1", "1T, 1099511627776"})
    void sizes_become_bytes(String raw, String expected) throws SlotException {
        assertThat(norm(SlotType.SIZE, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-5M", "big", "10 parsecs", "1e6", "2048P", "M", "1.2.3k"})
    void bad_sizes_are_refused(String raw) {
        assertThatThrownBy(() -> norm(SlotType.SIZE, raw)).isInstanceOf(SlotException.class)
                .hasMessageContaining("is not a size");
    }

    @ParameterizedTest
    @CsvSource({"3 days, 259200", "2h, 7200", "90 minutes, 5400", "1 week, 604800", "yesterday, 86400",
            "an hour, 3600", "1h30m, 5400", "'2 days, 3 hours', 183600", "last 3 days, 259200", "past week, 604800",
            "1.5 hours, 5400", "30s, 30", "6 months, 15552000", "the last hour, 3600", "1 year, 31536000"})
    void durations_become_seconds(String raw, String expected) throws SlotException {
        assertThat(norm(SlotType.DURATION, raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "soon", "3 fortnights", "-2h", "101 years", "2 days ago now", "h"})
    void bad_durations_are_refused(String raw) {
        assertThatThrownBy(() -> norm(SlotType.DURATION, raw)).isInstanceOf(SlotException.class)
                .hasMessageContaining("is not a length of time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello mycel", "$(rm -rf ~); `id`", "'quoted' \"text\"", " padded "})
    void text_passes_unchanged(String raw) throws SlotException {
        assertThat(norm(SlotType.TEXT, raw)).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a\0b"})
    void bad_text_is_refused(String raw) {
        assertThatThrownBy(() -> norm(SlotType.TEXT, raw)).isInstanceOf(SlotException.class);
    }

    @org.junit.jupiter.api.Test
    void text_is_at_most_a_thousand_characters() throws SlotException {
        assertThat(norm(SlotType.TEXT, "x".repeat(1000))).hasSize(1000);
        assertThatThrownBy(() -> norm(SlotType.TEXT, "x".repeat(1001)))
                .hasMessage("value (the value) is longer than 1000 characters");
    }
}
