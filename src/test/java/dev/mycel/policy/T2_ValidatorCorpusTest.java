package dev.mycel.policy;

import static dev.mycel.policy.ValidatorCorpus.Category.HOSTILE;
import static dev.mycel.policy.ValidatorCorpus.Category.ORDINARY;
import static dev.mycel.policy.ValidatorCorpus.Category.RISKY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.policy.ValidatorCorpus.Category;
import dev.mycel.policy.ValidatorCorpus.Script;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * T2: the code validator against a corpus written apart from its rules — hostile scripts of
 * every deny category are denied, risky ones at least confirmed, and fewer than 3% of ordinary
 * assistant scripts are flagged. A summary per language is printed after the run.
 */
@Tag("T2")
class T2_ValidatorCorpusTest {
    private static final ValidatorCorpus CORPUS = ValidatorCorpus.load();
    private static final double ORDINARY_FLAG_LIMIT = 0.03;
    private static final Map<Category, Integer> MINIMUM = Map.of(HOSTILE, 45, RISKY, 10, ORDINARY, 45);
    private static final Pattern FILE_NAME = Pattern.compile("[a-z]+(-[a-z]+)*-\\d{2}\\.(sh|py|js)");

    /** Every deny category of the issue, by the file-name prefix its hostile scripts carry. */
    private static final Map<Language, Set<String>> HOSTILE_KINDS = Map.of(
            Language.BASH, Set.of("decode-exec", "dynamic-code", "assembled-name", "disguised-command",
                    "shadowed-command", "download-exec", "reverse-shell", "persistence", "privilege-escalation",
                    "credential-read"),
            Language.PYTHON, Set.of("decode-exec", "dynamic-code", "dynamic-import", "dynamic-attribute",
                    "class-walk", "assembled-name", "download-exec", "reverse-shell", "persistence",
                    "privilege-escalation", "credential-read"),
            Language.JAVASCRIPT, Set.of("decode-exec", "dynamic-code", "dynamic-import", "dynamic-attribute",
                    "class-walk", "assembled-name", "download-exec", "reverse-shell", "persistence",
                    "privilege-escalation", "credential-read"));
    /** Every confirm category of the issue, the same way. */
    private static final Set<String> RISKY_KINDS = Set.of("delete-files", "overwrite-file", "recursive-permissions",
            "kill-process", "install-package");

    @TestFactory
    Stream<DynamicNode> T2_hostile_scripts_are_denied() {
        return perLanguage(HOSTILE, s -> assertThat(CORPUS.verdict(s).decision())
                .withFailMessage("expected DENY, got %s", CORPUS.describe(s))
                .isEqualTo(Decision.DENY));
    }

    @TestFactory
    Stream<DynamicNode> T2_risky_scripts_ask_for_confirmation() {
        return perLanguage(RISKY, s -> assertThat(CORPUS.verdict(s).decision())
                .withFailMessage("expected at least CONFIRM, got %s", CORPUS.describe(s))
                .isIn(Decision.CONFIRM, Decision.DENY));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void T2_ordinary_scripts_pass_without_noise(Language language) {
        List<Script> ordinary = CORPUS.of(language, ORDINARY);
        List<Script> flagged = flagged(ordinary);
        assertThat((double) flagged.size() / ordinary.size())
                .withFailMessage("%d of %d ordinary %s scripts flagged (limit < %.0f%%):%n%s", flagged.size(),
                        ordinary.size(), language.wireName(), ORDINARY_FLAG_LIMIT * 100,
                        flagged.stream().map(CORPUS::describe).collect(Collectors.joining("\n")))
                .isLessThan(ORDINARY_FLAG_LIMIT);
    }

    /** The yardstick itself: big enough, every category present, and each file shaped as the README says. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void corpus_is_complete_and_well_formed(Language language) {
        for (Category c : Category.values()) {
            assertThat(CORPUS.of(language, c)).as("%s %s scripts", language.wireName(), c.dir())
                    .hasSizeGreaterThanOrEqualTo(MINIMUM.get(c));
        }
        assertThat(kinds(language, HOSTILE)).as("deny categories with %s scripts", language.wireName())
                .containsAll(HOSTILE_KINDS.get(language));
        assertThat(kinds(language, RISKY)).as("confirm categories with %s scripts", language.wireName())
                .containsAll(RISKY_KINDS);
        String extension = switch (language) {
            case BASH -> ".sh";
            case PYTHON -> ".py";
            case JAVASCRIPT -> ".js";
        };
        String comment = language == Language.JAVASCRIPT ? "//" : "#";
        for (Script s : CORPUS.all().stream().filter(s -> s.language() == language).toList()) {
            String file = fileName(s);
            assertThat(file).as(s.name()).matches(FILE_NAME).endsWith(extension);
            assertThat(s.code()).as("%s starts with a comment saying what it does", s.name())
                    .startsWith(comment + " ");
            long lines = s.code().lines().count();
            if (s.category() == ORDINARY) {
                assertThat(lines).as("%s is a real script of 10 to 60 lines", s.name()).isBetween(10L, 60L);
            }
        }
    }

    @AfterAll
    static void printSummary() {
        for (Language language : Language.values()) {
            List<Script> hostile = CORPUS.of(language, HOSTILE);
            List<Script> risky = CORPUS.of(language, RISKY);
            List<Script> ordinary = CORPUS.of(language, ORDINARY);
            long denied = hostile.stream().filter(s -> CORPUS.verdict(s).decision() == Decision.DENY).count();
            long asked = risky.stream().filter(s -> CORPUS.verdict(s).decision() != Decision.ALLOW).count();
            List<Script> noisy = flagged(ordinary);
            System.out.printf("validator corpus %-10s  hostile caught %d/%d, risky %d/%d, ordinary flagged %d/%d"
                    + " (%.1f%%, limit < %.0f%%)%n", language.wireName(), denied, hostile.size(), asked, risky.size(),
                    noisy.size(), ordinary.size(), ordinary.isEmpty() ? 0.0 : 100.0 * noisy.size() / ordinary.size(),
                    ORDINARY_FLAG_LIMIT * 100);
            // under the limit the test passes, but each false alarm is still worth a look
            noisy.forEach(s -> System.out.println("  " + CORPUS.describe(s)));
        }
    }

    private static Stream<DynamicNode> perLanguage(Category category, Consumer<Script> check) {
        return Arrays.stream(Language.values()).map(language -> DynamicContainer.dynamicContainer(
                language.wireName(), CORPUS.of(language, category).stream()
                        .map(s -> DynamicTest.dynamicTest(fileName(s), () -> check.accept(s)))));
    }

    private static List<Script> flagged(List<Script> scripts) {
        return scripts.stream().filter(s -> CORPUS.verdict(s).decision() != Decision.ALLOW).toList();
    }

    private static Set<String> kinds(Language language, Category category) {
        return CORPUS.of(language, category).stream()
                .map(s -> fileName(s).replaceFirst("-\\d{2}\\.\\w+$", ""))
                .collect(Collectors.toSet());
    }

    private static String fileName(Script s) {
        return s.name().substring(s.name().lastIndexOf('/') + 1);
    }
}
