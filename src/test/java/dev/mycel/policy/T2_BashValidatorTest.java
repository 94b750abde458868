package dev.mycel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
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

    private static List<String> rules(Verdict v) {
        return v.findings().stream().map(Finding::rule).toList();
    }
}
