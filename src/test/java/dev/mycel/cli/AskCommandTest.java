package dev.mycel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code mycel ask} as its own process against a real runtime whose cloud model is a loopback
 * fake speaking Anthropic's wire format: streamed output, {@code --json}, confirmations
 * without a terminal, the provider-unavailable exit, and the key never printed.
 */
class AskCommandTest {
    private static final String KEY = "sk-ant-api03-ASKTESTKEY-never-printed";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private final FakeAnthropic anthropic = new FakeAnthropic().models();

    @AfterEach
    void closeFake() {
        anthropic.close();
    }

    /** The runtime answers through the fake, with the key in its environment only. */
    private void startWithCloudModel() throws Exception {
        rt.config("[ai]\nprovider = \"cloud\"\nanthropic_url = \"" + anthropic.base() + "\"\nmax_retries = 0\n")
                .runtimeEnv("ANTHROPIC_API_KEY", KEY).start();
    }

    private RuntimeHarness.CliStreams ask(Path dir, String... args) throws Exception {
        String[] argv = new String[args.length + 1];
        argv[0] = "ask";
        System.arraycopy(args, 0, argv, 1, args.length);
        return rt.cliIn(dir, "", argv);
    }

    @Test
    void offlineRepliesWithHowToConfigureAModelAndExitsZero() throws Exception {
        rt.start();
        RuntimeHarness.CliStreams r = ask(rt.root(), "--provider", "offline", "what", "can", "you", "do?");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("offline mode").endsWith("\n");
    }

    @Test
    void jsonIsExactlyOneDocumentWithReplyActionsAndSurfaces() throws Exception {
        rt.start();
        RuntimeHarness.CliStreams r = ask(rt.root(), "--provider", "offline", "--json", "hello");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<JsonNode> docs;
        try (MappingIterator<JsonNode> it = new ObjectMapper().readerFor(JsonNode.class).readValues(r.stdout())) {
            docs = it.readAll();
        }
        assertThat(docs).hasSize(1);
        JsonNode result = docs.getFirst();
        assertThat(result.path("reply").asText()).contains("offline mode");
        assertThat(result.path("provider").asText()).isEqualTo("offline");
        assertThat(result.path("actions").isArray()).isTrue();
        assertThat(result.path("surfaces").isArray()).isTrue();
    }

    @Test
    void theRequestCanComeFromStandardInput() throws Exception {
        rt.start();
        RuntimeHarness.CliStreams r = rt.cliIn(rt.root(), "hello from a pipe\n", "ask", "--provider", "offline", "--json", "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(new ObjectMapper().readTree(r.stdout()).path("reply").asText()).isNotBlank();
    }

    @Test
    void aReplyStreamedInPiecesIsPrintedAsItsText() throws Exception {
        anthropic.text("Hel", "l", "o");
        startWithCloudModel();
        RuntimeHarness.CliStreams r = ask(rt.root(), "say", "hello");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("Hello\n");
        assertThat(anthropic.body(0).toString()).contains("say hello");
    }

    @Test
    void T1_withoutATerminalARiskyActionIsDeclinedAndTheFileStays() throws Exception {
        Path dir = deletionRequest();
        RuntimeHarness.CliStreams r = ask(dir, "delete", "x.txt");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(dir.resolve("x.txt")).as(r.stderr()).exists();
        assertThat(r.stderr()).contains("no terminal to ask on", "✗ declined");
    }

    @Test
    void T1_yesApprovesTheRiskyActionOnceAndItRuns() throws Exception {
        Path dir = deletionRequest();
        RuntimeHarness.CliStreams r = ask(dir, "--yes", "delete", "x.txt");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(dir.resolve("x.txt")).as(r.stderr()).doesNotExist();
        assertThat(r.stderr()).contains("approved once by --yes", "✓ done");
    }

    /**
     * A working directory holding x.txt, and a model that deletes it (policy: confirm). It uses
     * delete_file: run_code sees the working directory read-only, so an approved {@code rm}
     * could not show whether the approval took effect.
     */
    private Path deletionRequest() throws Exception {
        Path dir = Files.createDirectories(rt.root().resolve("work"));
        Files.writeString(dir.resolve("x.txt"), "keep me unless asked\n");
        anthropic.toolUse("I will delete it.", "toolu_01", "delete_file", "{\"path\":", "\"x.txt\"}");
        anthropic.text("Done.");
        startWithCloudModel();
        return dir;
    }

    @Test
    void T1_yesCannotApproveWhatThePolicyDenies() throws Exception {
        Path dir = Files.createDirectories(rt.root().resolve("work"));
        Files.writeString(dir.resolve("x.txt"), "keep me\n");
        // wiping the home directory is denied outright: it never reaches a prompt
        anthropic.toolUse("Cleaning up.", "toolu_01", "run_code", "{\"language\":\"bash\",\"code\":\"rm -rf ~\"}");
        anthropic.text("That was refused.");
        startWithCloudModel();
        RuntimeHarness.CliStreams r = ask(dir, "--yes", "clean", "up");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).doesNotContain("approved once by --yes").contains("✗ refused: line 1: Deletes the whole home directory");
        assertThat(r.stdout()).startsWith("Cleaning up.").endsWith("That was refused.\n");
    }

    @Test
    void aRejectedKeyIsProviderUnavailableExitOneWithTheReasonAndNoKey() throws Exception {
        anthropic.error(401, "authentication_error", "invalid x-api-key", Map.of());
        startWithCloudModel();
        RuntimeHarness.CliStreams r = ask(rt.root(), "hello");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("mycel: ").hasLineCount(1);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stdout() + r.stderr()).doesNotContain(KEY).doesNotContain("ASKTESTKEY");
    }

    @Test
    void aRuntimeThatCannotBeStartedExitsThree() throws Exception {
        // a runtime dir others may write to is refused, so the background start fails
        Files.createDirectories(rt.places().runtimeDir());
        Files.setPosixFilePermissions(rt.places().runtimeDir(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        RuntimeHarness.CliStreams r = ask(rt.root(), "--provider", "offline", "hello");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("mycel: ");
    }

    @Test
    void anUnknownProviderIsAUsageError() throws Exception {
        rt.start();
        RuntimeHarness.CliStreams r = ask(rt.root(), "--provider", "somewhere", "hello");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("auto, offline, local or cloud");
    }
}
