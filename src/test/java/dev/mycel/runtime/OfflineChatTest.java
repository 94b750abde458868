package dev.mycel.runtime;

import static dev.mycel.runtime.ChatFixture.APPROVE;
import static dev.mycel.runtime.ChatFixture.DECLINE;
import static dev.mycel.runtime.ChatFixture.chat;
import static dev.mycel.runtime.ChatFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The offline engine in a real runtime with no model (or a fake one it should not need): a request
 * becomes a vetted pattern's code, run through policy and sandbox like any AI code.
 */
class OfflineChatTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private final FakeAnthropic fake = new FakeAnthropic().models();
    private Path work;
    private Path big;

    @BeforeEach
    void setUp() throws Exception {
        Path home = rt.places().home();
        work = Files.createDirectories(home.resolve("work"));
        big = Files.createDirectories(home.resolve("big"));
        Files.write(big.resolve("huge.iso"), new byte[300_000]);
        Files.write(big.resolve("medium.bin"), new byte[20_000]);
        Files.writeString(big.resolve("small.txt"), "hi\n");
        Files.writeString(big.resolve("notes.md"), "buy milk\nTODO call the bank\n");
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private RawClient noModel(String extra) throws Exception {
        rt.config(extra);
        rt.start();
        return rt.authedClient();
    }

    @Test
    void aMatchedRequestRunsItsPatternInTheSandboxAndShowsTheOutput() throws Exception {
        RawClient c = noModel("");
        ChatFixture.Turn t = chat(c, message("what are the biggest files in ~/big", work), DECLINE);
        assertThat(t.result().path("provider").asText()).isEqualTo("offline");
        JsonNode a = t.action(0);
        assertThat(a.path("tool").asText()).isEqualTo("run_code");
        assertThat(a.path("outcome").asText()).isEqualTo("ran");
        String reply = t.result().path("reply").asText();
        assertThat(reply).contains("biggest-files");
        assertThat(reply.indexOf("huge.iso")).isPositive().isLessThan(reply.indexOf("medium.bin"));
        assertThat(t.streamed()).contains("huge.iso");
    }

    @Test
    void aRequestNoPatternFitsGetsICantTheClosestPatternsAndHowToConfigureAModel() throws Exception {
        RawClient c = noModel("");
        ChatFixture.Turn t = chat(c, message("write me a poem about autumn leaves", work), DECLINE);
        String reply = t.result().path("reply").asText();
        assertThat(reply).contains("I can't do that offline").contains("closest").contains("ollama");
        assertThat(t.result().path("actions").size()).isZero();
    }

    @Test
    void aRequiredSlotThatIsMissingIsAskedForNotGuessed() throws Exception {
        RawClient c = noModel("");
        ChatFixture.Turn t = chat(c, message("show me the columns of a csv file", work), DECLINE);
        assertThat(t.result().path("actions").size()).isZero();
        assertThat(t.result().path("reply").asText()).contains("missing file");
    }

    @Test
    void aWritingPatternRunsOnlyAfterApprovalAndLeavesNothingWhenDeclined() throws Exception {
        RawClient c = noModel("");
        Path archive = rt.places().home().resolve("big.tar.gz");
        ChatFixture.Turn declined = chat(c, message("make a tar.gz archive of ~/big", work), DECLINE);
        assertThat(declined.pending()).hasSize(1);
        assertThat(declined.action(0).path("outcome").asText()).isEqualTo("declined");
        assertThat(archive).doesNotExist();
        ChatFixture.Turn approved = chat(c, message("make a tar.gz archive of ~/big", work), APPROVE);
        assertThat(approved.action(0).path("outcome").asText()).isEqualTo("ran");
        assertThat(approved.action(0).path("exitCode").asInt()).as(approved.result().toString()).isZero();
        Process tar = new ProcessBuilder("tar", "-tzf", archive.toString()).redirectErrorStream(true).start();
        String listing = new String(tar.getInputStream().readAllBytes());
        assertThat(tar.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(listing).as(approved.result().toString()).contains("big/huge.iso").contains("big/notes.md");
    }

    @Test
    void T1_slotValuesReachTheCodeAsDataAndNeverAsCode() throws Exception {
        RawClient c = noModel("");
        Path pwned = rt.places().home().resolve("pwned");
        ChatFixture.Turn t = chat(c, message("search for \"$(touch " + pwned + ")`touch " + pwned + "`\" in ~/big", work), DECLINE);
        assertThat(t.action(0).path("outcome").asText()).isEqualTo("ran");
        assertThat(pwned).doesNotExist();
        ChatFixture.Turn todo = chat(c, message("search for \"TODO\" in ~/big", work), DECLINE);
        assertThat(todo.result().path("reply").asText()).contains("TODO call the bank");
        JsonNode audit = rt.authedClient().call("status", null);
        assertThat(audit.toString()).doesNotContain("touch " + pwned);
    }

    @Test
    void hostProcessesComeFromTheRuntimeNotTheSandboxNamespace() throws Exception {
        RawClient c = noModel("");
        ChatFixture.Turn t = chat(c, message("which programs use the most memory", work), DECLINE);
        assertThat(t.action(0).path("outcome").asText()).isEqualTo("ran");
        assertThat(t.result().path("reply").asText()).contains("java");
    }

    @Test
    void inAutoModeAConfidentMatchIsAnsweredWithoutAskingTheModel() throws Exception {
        ChatFixture.configure(rt, fake, "");
        rt.config(Files.readString(rt.places().configFile()).replace("provider = \"cloud\"", "provider = \"auto\""));
        rt.start();
        RawClient c = rt.authedClient();
        ChatFixture.Turn t = chat(c, message("what are the biggest files in ~/big", work), DECLINE);
        assertThat(t.result().path("provider").asText()).isEqualTo("offline");
        assertThat(fake.requests()).isEmpty();
        fake.text("A poem.");
        ChatFixture.Turn poem = chat(c, message("write me a poem about autumn leaves", work), DECLINE);
        assertThat(poem.result().path("provider").asText()).isEqualTo("anthropic");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void withAnswerFirstOffTheConfiguredModelAnswers() throws Exception {
        ChatFixture.configure(rt, fake, "[offline]\nanswer_first = false\n");
        rt.config(Files.readString(rt.places().configFile()).replace("provider = \"cloud\"", "provider = \"auto\""));
        rt.start();
        fake.text("From the model.");
        ChatFixture.Turn t = chat(rt.authedClient(), message("what are the biggest files in ~/big", work), DECLINE);
        assertThat(t.result().path("provider").asText()).isEqualTo("anthropic");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void statusShowsTheEngine() throws Exception {
        RawClient c = noModel("");
        JsonNode offline = c.call("status", null).path("result").path("offline");
        assertThat(offline.path("enabled").asBoolean()).isTrue();
        assertThat(offline.path("patterns").asInt()).isGreaterThanOrEqualTo(40);
        RuntimeHarness other = new RuntimeHarness();
        try (other) {
            other.config("[offline]\nenabled = false\n");
            other.start();
            assertThat(other.authedClient().call("status", null).path("result").path("offline").path("enabled").asBoolean()).isFalse();
            ChatFixture.Turn t = chat(other.authedClient(), message("what are the biggest files in ~/big", work), DECLINE);
            assertThat(t.result().path("actions").size()).isZero();
            assertThat(Arrays.asList(t.result().path("provider").asText())).containsExactly("none");
        }
    }
}
