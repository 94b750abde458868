package dev.mycel.runtime;

import static dev.mycel.runtime.ChatFixture.DECLINE;
import static dev.mycel.runtime.ChatFixture.args;
import static dev.mycel.runtime.ChatFixture.chat;
import static dev.mycel.runtime.ChatFixture.configure;
import static dev.mycel.runtime.ChatFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code chat} end to end: streamed text, tool steps through the real policy and sandbox, bounds, errors. */
class ChatMethodTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private final FakeAnthropic fake = new FakeAnthropic().models();
    private Path work;

    @BeforeEach
    void setUp() throws Exception {
        work = Files.createDirectories(rt.root().resolve("work"));
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private RawClient start(String extra) throws Exception {
        return ChatFixture.start(rt, fake, extra);
    }

    @Test
    void textStreamsAsDeltasAndEndsAsTheReply() throws Exception {
        RawClient c = start("");
        fake.text("Hel", "lo, ", "world.");
        ChatFixture.Turn t = chat(c, message("hi", work), DECLINE);
        assertThat(t.streamed()).isEqualTo("Hello, world.");
        assertThat(t.result().path("reply").asText()).isEqualTo("Hello, world.");
        assertThat(t.result().path("provider").asText()).isEqualTo("anthropic");
        assertThat(t.result().path("actions").size()).isZero();
        assertThat(fake.body(0).path("tools").size()).isEqualTo(6);
        assertThat(fake.body(0).path("system").toString()).contains(work.toString());
    }

    @Test
    void aToolStepRunsInTheSandboxAndItsOutputGoesBackToTheModel() throws Exception {
        RawClient c = start("");
        fake.toolUse("Counting.", "toolu_01", "run_code",
                        args().put("language", "python").put("code", "print(6 * 7)").toString())
                .text("It is 42.");
        ChatFixture.Turn t = chat(c, message("what is six times seven", work), DECLINE);
        assertThat(t.result().path("reply").asText()).isEqualTo("Counting.\n\nIt is 42.");
        JsonNode a = t.action(0);
        assertThat(a.path("tool").asText()).isEqualTo("run_code");
        assertThat(a.path("decision").asText()).isEqualTo("allow");
        assertThat(a.path("outcome").asText()).isEqualTo("ran");
        assertThat(a.path("exitCode").asInt()).isZero();
        JsonNode result = ChatFixture.lastToolResult(fake, 1);
        assertThat(result.path("tool_use_id").asText()).isEqualTo("toolu_01");
        assertThat(result.toString()).contains("exit code 0").contains("42");
        assertThat(result.path("is_error").asBoolean(false)).isFalse();
    }

    @Test
    void filesAreReadAndListedThroughThePolicy() throws Exception {
        Files.writeString(work.resolve("plan.txt"), "step one\nstep two\n");
        RawClient c = start("");
        fake.toolUse("", "toolu_1", "list_directory", args().put("path", ".").toString())
                .toolUse("", "toolu_2", "read_file", args().put("path", "plan.txt").toString())
                .text("Two steps.");
        ChatFixture.Turn t = chat(c, message("what is in my plan", work), DECLINE);
        assertThat(t.result().path("actions").size()).isEqualTo(2);
        assertThat(ChatFixture.lastToolResult(fake, 1).toString()).contains("plan.txt (18 bytes)");
        assertThat(ChatFixture.lastToolResult(fake, 2).toString()).contains("step one\\nstep two");
    }

    @Test
    void theHistoryContinuesAcrossTurnsOfOneSession() throws Exception {
        RawClient c = start("");
        fake.text("Noted.").text("Blue.");
        chat(c, message("my favourite colour is blue", work), DECLINE);
        chat(c, message("what is my favourite colour", work), DECLINE);
        String second = fake.body(1).path("messages").toString();
        assertThat(second).contains("my favourite colour is blue").contains("Noted.").contains("what is my favourite colour");
        RawClient other = rt.authedClient();
        fake.text("I don't know.");
        chat(other, message("what is my favourite colour", work), DECLINE);
        assertThat(fake.body(2).path("messages").toString()).doesNotContain("blue");
    }

    @Test
    void aModelThatNeverStopsAskingIsCutAtTheStepLimit() throws Exception {
        RawClient c = start("[agent]\nmax_tool_steps = 3\n");
        for (int i = 0; i < 6; i++) {
            fake.toolUse("", "toolu_" + i, "list_directory", args().put("path", ".").toString());
        }
        ChatFixture.Turn t = chat(c, message("loop", work), DECLINE);
        assertThat(t.result().path("actions").size()).isEqualTo(3);
        assertThat(t.result().path("reply").asText()).contains("more than 3 tool steps");
        assertThat(fake.requests()).hasSize(4);
    }

    @Test
    void aSilentModelIsCutAtTheTurnTimeout() throws Exception {
        RawClient c = start("timeout_seconds = 120\n[agent]\nturn_timeout_seconds = 5\n");
        fake.hang();
        long t0 = System.nanoTime();
        ChatFixture.Turn t = chat(c, message("hello?", work), DECLINE);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertThat(seconds).isBetween(4L, 30L);
        assertThat(t.result().path("reply").asText()).contains("time limit of 5 s");
        fake.text("Back.");
        assertThat(chat(c, message("again", work), DECLINE).result().path("reply").asText()).isEqualTo("Back.");
    }

    @Test
    void aProviderErrorIsMinus32030WithTheReasonAndNeverTheKey() throws Exception {
        RawClient c = start("");
        fake.error(401, "authentication_error", "invalid x-api-key", Map.of());
        ChatFixture.Turn t = chat(c, message("hi", work), DECLINE);
        assertThat(RawClient.errorCode(t.response())).isEqualTo(-32030);
        assertThat(t.response().path("error").path("message").asText()).contains("AI provider unavailable");
        assertThat(t.response().toString()).doesNotContain(ChatFixture.KEY);
        assertThat(rt.log()).doesNotContain(ChatFixture.KEY);
    }

    @Test
    void offlineModeIsAnsweredByThePatternEngineWithGuidanceNeverByTheModel() throws Exception {
        RawClient c = start("");
        ChatFixture.Turn t = chat(c, message("hi", work).put("provider", "offline"), DECLINE);
        assertThat(t.result().path("provider").asText()).isEqualTo("offline");
        assertThat(t.result().path("reply").asText()).contains("I can't do that offline");
        assertThat(t.result().path("reply").asText()).contains("offline mode");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void badParamsAreRefusedInOneLine() throws Exception {
        RawClient c = start("");
        assertThat(RawClient.errorCode(chat(c, message("", work), DECLINE).response())).isEqualTo(-32602);
        assertThat(RawClient.errorCode(chat(c, message("hi", work).put("provider", "mars"), DECLINE).response()))
                .isEqualTo(-32602);
        assertThat(RawClient.errorCode(chat(c, message("hi", Path.of("relative")), DECLINE).response())).isEqualTo(-32602);
        assertThat(RawClient.errorCode(chat(c, message("hi", work).put("cwd", "/tmp/\u0000x"), DECLINE).response()))
                .isEqualTo(-32602);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void invalidToolCallsAreReportedToTheModelNotRun() throws Exception {
        RawClient c = start("");
        fake.toolUse("", "toolu_1", "format_disk", args().put("disk", "/dev/sda").toString())
                .toolUse("", "toolu_2", "run_code", args().put("language", "cobol").put("code", "x").toString())
                .text("Sorry.");
        ChatFixture.Turn t = chat(c, message("do it", work), DECLINE);
        assertThat(t.action(0).path("outcome").asText()).isEqualTo("invalid");
        assertThat(t.action(1).path("outcome").asText()).isEqualTo("invalid");
        JsonNode r = ChatFixture.lastToolResult(fake, 1);
        assertThat(r.path("is_error").asBoolean()).isTrue();
        assertThat(r.toString()).contains("unknown tool 'format_disk'");
        assertThat(ChatFixture.lastToolResult(fake, 2).toString()).contains("language must be");
    }

    @Test
    void aShownSurfaceIsKeptAndListed() throws Exception {
        RawClient c = start("");
        fake.toolUse("", "toolu_1", "show_surface", args().put("title", "Disk use").put("html", "<h1>42%</h1>").toString())
                .text("Shown.");
        ChatFixture.Turn t = chat(c, message("show disk use", work), DECLINE);
        JsonNode s = t.result().path("surfaces").path(0);
        assertThat(s.path("id").asText()).matches("[0-9a-f]{16,32}");
        assertThat(s.path("title").asText()).isEqualTo("Disk use");
        assertThat(s.path("bytes").asInt()).isEqualTo(12);
        String ui = c.call("status", null).path("result").path("web").path("url").asText();
        assertThat(s.path("url").asText()).startsWith(ui + "login?t=");
        assertThat(ChatFixture.lastToolResult(fake, 1).toString()).contains("surface " + s.path("id").asText());
        JsonNode listed = c.call("surface.list", null).path("result").path("surfaces");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("title").asText()).isEqualTo("Disk use");
        assertThat(rt.authedClient().call("surface.list", null).path("result").path("surfaces")).isEmpty();
    }
}
