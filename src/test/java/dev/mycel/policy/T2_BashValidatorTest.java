package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bash rules against hostile, obfuscated, risky and ordinary scripts, each judged by the real tree-sitter parser. */
class T2_BashValidatorTest {
    private static final CodeValidator VALIDATOR = new CodeValidator();

    static Stream<ValidatorCases> hostile() {
        return ValidatorCases.load("bash-hostile.txt").stream();
    }

    static Stream<ValidatorCases> risky() {
        return ValidatorCases.load("bash-risky.txt").stream();
    }

    static Stream<ValidatorCases> ordinary() {
        return ValidatorCases.load("bash-ordinary.txt").stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void T2_hostileBashIsDenied(ValidatorCases c) {
        Verdict v = VALIDATOR.check(Language.BASH, c.code());
        assertThat(v.decision()).as("%s", v.findings()).isEqualTo(Decision.DENY);
        assertThat(rules(v)).as("%s", v.findings()).contains(c.expectedRule());
    }

    @ParameterizedTest
    @MethodSource("risky")
    void T2_riskyBashAsksFirst(ValidatorCases c) {
        Verdict v = VALIDATOR.check(Language.BASH, c.code());
        assertThat(v.decision()).as("%s", v.findings()).isEqualTo(Decision.CONFIRM);
        assertThat(rules(v)).as("%s", v.findings()).contains(c.expectedRule());
    }

    @ParameterizedTest
    @MethodSource("ordinary")
    void ordinaryBashPassesWithoutNoise(ValidatorCases c) {
        Verdict v = VALIDATOR.check(Language.BASH, c.code());
        assertThat(v.findings()).isEmpty();
        assertThat(v.decision()).isEqualTo(Decision.ALLOW);
    }

    static Stream<ValidatorCases> everyCase() {
        return Stream.of(hostile(), risky(), ordinary()).flatMap(s -> s);
    }

    /** Cut short or with characters dropped, as a truncated or mangled reply would be: judged, never a crash. */
    @ParameterizedTest
    @MethodSource("everyCase")
    void T2_brokenVersionsOfEveryCaseNeverThrow(ValidatorCases c) {
        for (String variant : BrokenInput.variantsOf(c.code())) {
            assertThatCode(() -> VALIDATOR.check(Language.BASH, variant)).as(variant).doesNotThrowAnyException();
        }
    }

    @Test
    void findingsNameTheLineTheyAreOnEvenAfterNonAsciiText() {
        Verdict v = VALIDATOR.check(Language.BASH, "echo 'grüße 🎉'\nls\ncat ~/.ssh/id_rsa\n");
        assertThat(v.findings()).extracting(Finding::line).containsExactly(3);
        assertThat(v.findings().getFirst().message()).contains("~/.ssh/id_rsa");
    }

    @Test
    void garbageNeverThrowsAndNeverPassesSilently() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            deep.append("$(");
        }
        Verdict v = VALIDATOR.check(Language.BASH, deep + "id");
        assertThat(v.decision()).isNotEqualTo(Decision.ALLOW);
        assertThat(VALIDATOR.check(Language.BASH, BrokenInput.noise(200_000)).decision()).isNotEqualTo(Decision.ALLOW);
        assertThat(VALIDATOR.check(Language.BASH, "").decision()).isEqualTo(Decision.ALLOW);
    }

    private static List<String> rules(Verdict v) {
        return v.findings().stream().map(Finding::rule).toList();
    }
}
