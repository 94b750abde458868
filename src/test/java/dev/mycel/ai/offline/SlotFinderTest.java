package dev.mycel.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.patterns.SlotType;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static SlotFinder.Found find(String text) {
        return SlotFinder.find(text);
    }

    @Test
    void pathsOfEveryShape() {
        assertThat(find("biggest files in ~/Downloads please").of(SlotType.PATH)).containsExactly("~/Downloads");
        assertThat(find("what is in /var/log?").of(SlotType.PATH)).containsExactly("/var/log");
        assertThat(find("summarise ./src and ../other/dir.").of(SlotType.PATH)).containsExactly("./src", "../other/dir");
        assertThat(find("inspect data.csv").of(SlotType.PATH)).containsExactly("data.csv");
        assertThat(find("compare docs/a with docs/b").of(SlotType.PATH)).containsExactly("docs/a", "docs/b");
        assertThat(find("list the archive \"my photos.zip\"").of(SlotType.PATH)).containsExactly("my photos.zip");
        assertThat(find("how full is ~").of(SlotType.PATH)).containsExactly("~");
    }

    @Test
    void folderWordsAreImpliedPathsAfterExplicitOnes() {
        assertThat(find("duplicates in my downloads folder").impliedPaths()).containsExactly("~/Downloads");
        assertThat(find("how big is my home folder").impliedPaths()).containsExactly("~");
        assertThat(find("empty folders in this directory").impliedPaths()).containsExactly(".");
    }

    @Test
    void sizesDurationsAndNumbersDoNotStealFromEachOther() {
        SlotFinder.Found f = find("top 5 files bigger than 100M changed in the last 3 days");
        assertThat(f.of(SlotType.SIZE)).containsExactly("100 M");
        assertThat(f.of(SlotType.DURATION)).containsExactly("3 days");
        assertThat(f.of(SlotType.NUMBER)).containsExactly("5");
        assertThat(find("logs over 1.5 GB").of(SlotType.SIZE)).containsExactly("1.5 GB");
        assertThat(find("files changed yesterday").of(SlotType.DURATION)).containsExactly("1 days");
        assertThat(find("modified this week").of(SlotType.DURATION)).containsExactly("7 days");
        assertThat(find("changed in the past 2 months").of(SlotType.DURATION)).containsExactly("60 days");
        assertThat(find("in the last hour").of(SlotType.DURATION)).isEmpty();
        assertThat(find("in the last 24h").of(SlotType.DURATION)).containsExactly("24 hours");
    }

    @Test
    void numbersInsidePathsOrVersionsAreNotNumbers() {
        assertThat(find("summarise ~/v2/build-3 and 1.5").of(SlotType.NUMBER)).isEmpty();
    }

    @Test
    void globsWrittenOrSaidInWords() {
        assertThat(find("count *.py files under src").of(SlotType.GLOB)).containsExactly("*.py");
        assertThat(find("find all .log files").of(SlotType.GLOB)).containsExactly("*.log");
        assertThat(find("how many lines in my python files").of(SlotType.GLOB)).containsExactly("*.py");
        assertThat(find("files named report-*.pdf").of(SlotType.GLOB)).containsExactly("report-*.pdf");
    }

    @Test
    void textIsQuotedOrFollowsASearchWord() {
        assertThat(find("search for \"TODO: fix\" in ~/src").of(SlotType.TEXT)).containsExactly("TODO: fix");
        assertThat(find("which files mention invoice in ~/docs").of(SlotType.TEXT)).containsExactly("invoice");
        assertThat(find("grep for FIXME").of(SlotType.TEXT)).containsExactly("FIXME");
        assertThat(find("find files containing 'password' under /etc").of(SlotType.TEXT)).containsExactly("password");
    }

    @Test
    void hostileLookingValuesAreJustText() {
        SlotFinder.Found f = find("search for \"$(rm -rf ~)\" in ~/src");
        assertThat(f.of(SlotType.TEXT)).containsExactly("$(rm -rf ~)");
        assertThat(f.of(SlotType.PATH)).containsExactly("~/src");
    }
}
