package dev.mycel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.ai.FakeAnthropic;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plain {@code mycel} with lines piped in, as a script would drive it, against a real
 * runtime: replies, slash commands, one conversation across lines, errors that do not end it.
 */
class InteractiveChatTest {
    private static final String KEY = "sk-ant-api03-CHATTESTKEY-never-printed";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private final FakeAnthropic anthropic = new FakeAnthropic().models();

    @AfterEach
    void closeFake() {
        anthropic.close();
    }

    private RuntimeHarness.CliStreams chat(Path dir, String lines) throws Exception {
        return rt.cliIn(dir, lines);
    }

    private void startWithCloudModel() throws Exception {
        rt.config("[ai]\nprovider = \"cloud\"\nanthropic_url = \"" + anthropic.base() + "\"\nmax_retries = 0\n")
                .runtimeEnv("ANTHROPIC_API_KEY", KEY).start();
    }

    @Test
    void offlineItGivesTheGuidanceAndListsApprovals() throws Exception {
        rt.config("[ai]\nprovider = \"offline\"\n").start();
        RuntimeHarness.CliStreams r = chat(rt.root(), "hello\n/approvals\n/exit\n");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("Mycel: say what you want", "/help", "No AI model answers (provider offline)")
                .containsIgnoringCase("configure")
                .contains("No approvals for this session");
    }

    @Test
    void twoLinesAreOneConversation() throws Exception {
        anthropic.text("Teal is a fine colour.").text("You like teal.");
        startWithCloudModel();
        RuntimeHarness.CliStreams r = chat(rt.root(), "my favourite colour is teal\nwhich colour do I like?\n");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("Teal is a fine colour.\n", "You like teal.\n");
        assertThat(anthropic.requests()).hasSize(2);
        assertThat(anthropic.body(1).toString()).contains("my favourite colour is teal", "Teal is a fine colour.", "which colour do I like?");
        assertThat(r.stdout() + r.stderr()).doesNotContain(KEY);
    }

    @Test
    void providerChangesWhoAnswersTheNextLines() throws Exception {
        anthropic.text("from the cloud");
        startWithCloudModel();
        RuntimeHarness.CliStreams r = chat(rt.root(), "/provider offline\nhello\n/provider\n");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("Provider: offline.").containsIgnoringCase("configure").doesNotContain("from the cloud");
        assertThat(anthropic.requests()).isEmpty();
    }

    @Test
    void uiGivesALoginLinkThatOpensTheWebUiOnce() throws Exception {
        rt.start();
        RuntimeHarness.CliStreams r = chat(rt.root(), "/ui\n");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String link = r.stdout().lines().map(l -> l.replaceFirst("^you> ", "")).filter(l -> l.contains("/login?t="))
                .findFirst().orElseThrow();
        assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/login\\?t=[A-Za-z0-9_-]+");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest get = java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build();
        assertThat(http.send(get, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(303);
        assertThat(http.send(get, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
    }

    @Test
    void wrongCommandsAreOneLineAndTheChatGoesOn() throws Exception {
        rt.start();
        RuntimeHarness.CliStreams r = chat(rt.root(), "/nonsense\n/provider mars\n/revoke\n/revoke p99\n/revoke all\n/help\n/status\n");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("mycel: unknown command /nonsense", "mycel: /provider takes auto, offline, local or cloud",
                "mycel: /revoke needs an approval id", "mycel: no scoped approval with that id");
        assertThat(r.stdout()).contains("Revoked 0 approvals.", "/approvals", "version: 0.1.0");
    }

    @Test
    void T1_withoutATerminalARiskyActionIsDeclined() throws Exception {
        Path dir = Files.createDirectories(rt.root().resolve("work"));
        Files.writeString(dir.resolve("x.txt"), "keep me\n");
        anthropic.toolUse("Deleting it.", "toolu_01", "run_code", "{\"language\":\"bash\",\"code\":\"rm -f ./x.txt\"}")
                .text("It was not deleted.");
        startWithCloudModel();
        RuntimeHarness.CliStreams r = chat(dir, "delete x.txt\n");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(dir.resolve("x.txt")).exists();
        assertThat(r.stderr()).contains("no terminal to ask on", "✗ declined");
    }
}
