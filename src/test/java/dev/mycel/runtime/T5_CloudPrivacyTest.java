package dev.mycel.runtime;

import static dev.mycel.runtime.ChatFixture.DECLINE;
import static dev.mycel.runtime.ChatFixture.args;
import static dev.mycel.runtime.ChatFixture.chat;
import static dev.mycel.runtime.ChatFixture.configure;
import static dev.mycel.runtime.ChatFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.ai.FakeAnthropic;
import dev.mycel.ai.FakeOllama;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T5 on the cloud path: what the fake Anthropic received — every request body, recorded — holds
 * none of the PII that was in the user's words or in the files and program output the tools
 * produced, while the actions the model asked for still used the real values and the user
 * saw real text, streamed and final.
 */
@Tag("T5")
class T5_CloudPrivacyTest {
    private static final String EMAIL = "margaret.hollis@example.org";
    private static final String PHONE = "+1 415 555 0134";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String IBAN = "DE89 3704 0044 0532 0130 00";
    private static final String SSN = "078-05-1120";
    private static final String TOKEN = "ghp_R8xq2VvN6bLm4TzW9sKp3HdYc7FjA1eU0oIi";
    private static final List<String> PII = List.of(EMAIL, PHONE, CARD, IBAN, SSN, TOKEN, "4111111111111111",
            "DE89370400440532013000", "0532 0130");

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    private final FakeAnthropic fake = new FakeAnthropic().models();
    private Path work;

    @BeforeEach
    void setUp() throws Exception {
        work = Files.createDirectories(rt.root().resolve("work"));
        Files.writeString(work.resolve("customer.txt"), "Customer: " + EMAIL + "\nPhone: " + PHONE + "\nCard: " + CARD
                + "\nIBAN: " + IBAN + "\n");
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private RawClient start(String extra) throws Exception {
        return ChatFixture.start(rt, fake, extra);
    }

    private void assertCloudSawNoPii(List<String> bodies) {
        assertThat(bodies).isNotEmpty();
        for (String body : bodies) {
            for (String pii : PII) {
                assertThat(body).as("a request body sent to the cloud").doesNotContain(pii);
            }
        }
    }

    private List<String> bodies() {
        return fake.requests().stream().map(r -> r.body()).toList();
    }

    @Test
    void T5_theUsersWordsAreRedactedAndTheReplyRestored() throws Exception {
        RawClient c = start("");
        // the model answers with the placeholder it was given, split across stream fragments
        fake.text("I will write to [EMA", "IL_1] and call [PHONE_1].");
        ChatFixture.Turn t = chat(c, message("My email is " + EMAIL + ", my phone " + PHONE + " and my SSN "
                + SSN + "; my GitHub token is " + TOKEN + ".", work), DECLINE);
        assertCloudSawNoPii(bodies());
        assertThat(fake.requests().getFirst().body()).contains("[EMAIL_1]").contains("[PHONE_1]");
        assertThat(t.streamed()).isEqualTo("I will write to " + EMAIL + " and call " + PHONE + ".");
        assertThat(t.result().path("reply").asText()).isEqualTo(t.streamed());
    }

    @Test
    void T5_fileContentsAndProgramOutputAreRedactedAndToolArgumentsRestored() throws Exception {
        RawClient c = start("");
        fake.toolUse("", "toolu_1", "read_file", args().put("path", "customer.txt").toString())
                .toolUse("", "toolu_2", "run_code", args().put("language", "bash").put("code", "cat customer.txt").toString())
                .toolUse("", "toolu_3", "write_file",
                        args().put("path", "reply.txt").put("content", "To: [EMAIL_1]\nRe: card [CARD_1]\n").toString())
                .text("Drafted a reply to [EMAIL_1].");
        ChatFixture.Turn t = chat(c, message("draft a reply to the customer in customer.txt", work), DECLINE);
        assertThat(t.result().path("actions")).allSatisfy(a -> assertThat(a.path("outcome").asText()).isIn("done", "ran"));
        assertCloudSawNoPii(bodies());
        assertThat(ChatFixture.lastToolResult(fake, 1).toString()).contains("[EMAIL_1]").contains("[CARD_1]");
        assertThat(ChatFixture.lastToolResult(fake, 2).toString()).contains("[IBAN_1]");
        // the action used the real values
        assertThat(work.resolve("reply.txt")).hasContent("To: " + EMAIL + "\nRe: card " + CARD);
        assertThat(t.result().path("reply").asText()).isEqualTo("Drafted a reply to " + EMAIL + ".");
        // the placeholders stay the same for the whole session, turn after turn
        fake.text("Done.");
        chat(c, message("thanks, " + EMAIL + " will be pleased", work), DECLINE);
        assertThat(fake.requests().getLast().body()).contains("thanks, [EMAIL_1] will be pleased");
        assertCloudSawNoPii(bodies());
    }

    @Test
    void T5_theApiKeyIsInTheHeaderOnlyNeverInABodyALogOrTheAuditLog() throws Exception {
        RawClient c = start("");
        fake.toolUse("", "toolu_1", "run_code", args().put("language", "bash").put("code", "env").toString()).text("Ok.");
        chat(c, message("show the environment", work), DECLINE);
        assertThat(fake.requests()).allSatisfy(r -> assertThat(r.header("x-api-key")).isEqualTo(ChatFixture.KEY));
        assertThat(bodies()).allSatisfy(b -> assertThat(b).doesNotContain(ChatFixture.KEY));
        assertThat(rt.log()).doesNotContain(ChatFixture.KEY);
        assertThat(Files.readString(dev.mycel.audit.AuditLog.fileIn(rt.places().dataDir()))).doesNotContain(ChatFixture.KEY);
    }

    @Test
    void T5_redactionCanBeSwitchedOffForTheCloudOnlyByConfig() throws Exception {
        RawClient c = start("[privacy]\nredact_cloud = false\n");
        fake.text("Ok.");
        chat(c, message("my email is " + EMAIL, work), DECLINE);
        assertThat(fake.requests().getFirst().body()).contains(EMAIL);
    }

    @Test
    void T5_aLocalModelGetsTheRealTextUnlessConfiguredAndAnEscalationToTheCloudIsRedacted() throws Exception {
        try (FakeOllama ollama = new FakeOllama().tags("llama3.2:latest")) {
            ollama.text("Local answer.");
            ollama.error(500, "model crashed");
            configure(rt, fake, "ollama_url = \"" + ollama.base() + "\"\nollama_model = \"llama3.2\"\n");
            String toml = Files.readString(rt.places().configFile()).replace("provider = \"cloud\"", "provider = \"auto\"");
            rt.config(toml);
            rt.start();
            RawClient c = rt.authedClient();
            ChatFixture.Turn local = chat(c, message("my email is " + EMAIL, work), DECLINE);
            assertThat(local.result().path("provider").asText()).isEqualTo("ollama");
            assertThat(ollama.requests().getFirst().body()).contains(EMAIL);
            fake.text("Cloud answer about [EMAIL_1].");
            ChatFixture.Turn escalated = chat(c, message("and my phone is " + PHONE, work), DECLINE);
            assertThat(escalated.result().path("provider").asText()).isEqualTo("anthropic");
            assertThat(escalated.result().path("reply").asText()).isEqualTo("Cloud answer about " + EMAIL + ".");
            assertCloudSawNoPii(bodies());
        }
    }
}
