package dev.mycel.runtime;

import static dev.mycel.runtime.ChatFixture.APPROVE;
import static dev.mycel.runtime.ChatFixture.DECLINE;
import static dev.mycel.runtime.ChatFixture.chat;
import static dev.mycel.runtime.ChatFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two runtimes side by side on loopback: the sender (a fake model, sharing on, the receiver as its
 * peer) and the receiver (serving its store to peers). A recording relay sits between them and
 * keeps every byte the receiver is sent. Personal details of the sender's interactions, blocked
 * categories and anything at all with sharing off never reach it.
 */
@Tag("T5")
class T5_SharingBetweenRuntimesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRIVATE = List.of("jane.doe@example.com", "+1 415 555 0132", "Kowalski", "4111 1111 1111 1111",
            "Taxes-2026");

    @RegisterExtension
    final RuntimeHarness sender = new RuntimeHarness();

    @RegisterExtension
    final RuntimeHarness receiver = new RuntimeHarness();

    private final FakeAnthropic fake = new FakeAnthropic().models();
    private final List<byte[]> captured = new CopyOnWriteArrayList<>();
    private HttpServer relay;
    private int receiverPort;

    @BeforeEach
    void setUp() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            receiverPort = s.getLocalPort();
        }
        receiver.config("[collective]\nshare = true\nserve_port = " + receiverPort + "\n");
        receiver.start();
        relay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpClient http = HttpClient.newHttpClient();
        relay.createContext("/", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            captured.add(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiverPort + ex.getRequestURI()));
            ex.getRequestHeaders().getOrDefault("Content-Type", List.of()).forEach(v -> b.header("Content-Type", v));
            try {
                HttpResponse<byte[]> r = http.send(b.method(ex.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                ex.getResponseBody().write(r.body());
            } catch (InterruptedException e) {
                throw new IOException(e);
            } finally {
                ex.close();
            }
        });
        relay.start();
    }

    @AfterEach
    void tearDown() {
        relay.stop(0);
        fake.close();
    }

    private RawClient startSender(boolean share) throws Exception {
        ChatFixture.configure(sender, fake, "[collective]\nshare = " + share + "\npeers = [\"http://127.0.0.1:"
                + relay.getAddress().getPort() + "\"]\n");
        sender.start();
        return sender.authedClient();
    }

    private void modelRuns(String code, String envName, String envValue) {
        ObjectNode args = JSON.createObjectNode().put("language", "bash").put("code", code);
        if (envName != null) {
            args.putObject("env").put(envName, envValue);
        }
        fake.toolUse("", "toolu_" + System.nanoTime(), "run_code", args.toString()).text("Done.");
    }

    /** Every byte the receiver was sent, with the patterns' bodies decoded, as text. */
    private String everythingSent() throws Exception {
        StringBuilder all = new StringBuilder();
        for (byte[] b : captured) {
            String text = new String(b, StandardCharsets.UTF_8);
            all.append(text).append('\n');
            JsonNode n = JSON.readTree(b);
            if (n != null && n.path("body").isTextual()) {
                all.append(new String(Base64.getUrlDecoder().decode(n.path("body").asText()), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void T5_anApprovedPatternArrivesWithNoneOfTheSendersPersonalDetails() throws Exception {
        RawClient c = startSender(true);
        Path work = Files.createDirectories(sender.places().home().resolve("work"));
        Path folder = Files.createDirectories(sender.places().home().resolve("Kowalski family photos"));
        modelRuns("find \"$DIR\" -type f | wc -l", "DIR", folder.toString());
        chat(c, message("count the files in " + folder + " and tell jane.doe@example.com or call +1 415 555 0132", work), APPROVE);
        JsonNode candidates = c.call("patterns.pending", null).path("result").path("candidates");
        assertThat(candidates).hasSize(1);
        assertThat(captured).as("nothing before approval").isEmpty();
        JsonNode approved = c.call("patterns.approve", JSON.createObjectNode().put("id", candidates.get(0).path("id").asText()));
        assertThat(approved.path("result").path("published").get(0).asText()).startsWith("sent to http://127.0.0.1:");

        String sent = everythingSent();
        assertThat(sent).contains("find \\\"$DIR\\\" -type f | wc -l");
        for (String secret : PRIVATE) {
            assertThat(sent).doesNotContain(secret);
        }
        assertThat(sent).doesNotContain(sender.places().home().toString()).doesNotContain("photos");

        RawClient r = receiver.authedClient();
        JsonNode listed = r.call("patterns.list", null).path("result").path("shared");
        assertThat(listed).hasSize(1);
        String senderKey = sender.authedClient().call("status", null).path("result").path("collective").path("instance").asText();
        assertThat(listed.get(0).path("author").asText()).isEqualTo(senderKey);
        assertThat(listed.get(0).path("source").asText()).isEqualTo("peer");
    }

    @Test
    void T5_blockedCategoriesNeverLeave() throws Exception {
        RawClient c = startSender(true);
        Path work = Files.createDirectories(sender.places().home().resolve("work"));
        modelRuns("ls \"$DIR\" | wc -l", "DIR", sender.places().home().resolve("Taxes-2026").toString());
        chat(c, message("how many tax documents are in ~/Taxes-2026", work), APPROVE);
        modelRuns("ls \"$DIR\"", "DIR", "/tmp");
        chat(c, message("list my prescriptions in /tmp", work), APPROVE);
        assertThat(c.call("patterns.pending", null).path("result").path("candidates")).isEmpty();
        assertThat(captured).isEmpty();
    }

    @Test
    void T5_withSharingOffNothingLeavesAtAll() throws Exception {
        RawClient c = startSender(false);
        Path work = Files.createDirectories(sender.places().home().resolve("work"));
        modelRuns("echo \"$N\"", "N", "7");
        chat(c, message("print seven", work), APPROVE);
        assertThat(c.call("patterns.pending", null).path("result").path("candidates")).isEmpty();
        JsonNode exported = c.call("patterns.export", JSON.createObjectNode().put("ref", "disk-usage"));
        assertThat(exported.path("result").path("pattern").path("address").asText()).as("export is the user's own act").hasSize(64);
        assertThat(captured).isEmpty();
        JsonNode status = c.call("status", null).path("result").path("collective");
        assertThat(status.path("sharing").asBoolean()).isFalse();
        assertThat(status.has("serving")).isFalse();
    }

    @Test
    void T6_aPeersReportsLiftAnAuthorOnlyWhenThatPeerIsTrusted() throws Exception {
        receiver.close();
        receiver.config("[ai]\nprovider = \"offline\"\n[collective]\nshare = true\nepsilon_per_day = 60\nserve_port = "
                + receiverPort + "\n");
        receiver.start();
        RawClient r = receiver.authedClient();
        r.call("patterns.import", CollectiveTest.importParams(dev.mycel.collective.Envelope.seal(CollectiveTest.MAGIC, "low",
                java.time.Instant.now(), dev.mycel.collective.InstanceKey.generate())));
        awaitPatterns(r);
        Path there = Files.createDirectories(receiver.places().home().resolve("work"));
        for (int run = 0; run < 4; run++) {
            chat(r, message("say the magic word", there), APPROVE);
        }
        JsonNode stats = r.call("patterns.stats", JSON.createObjectNode().put("epsilon", 50)).path("result");
        assertThat(stats.path("released").asBoolean()).isTrue();
        assertThat(stats.path("patterns").get(0).path("successes").asLong()).as("ε 12.5 a count is nearly exact").isBetween(3L, 5L);
        String peerKey = r.call("status", null).path("result").path("collective").path("instance").asText();

        RawClient c = startSender(true);
        JsonNode synced = c.call("patterns.sync", null).path("result").path("peers").get(0);
        assertThat(synced.path("copied").asInt()).isEqualTo(1);
        assertThat(synced.path("reports").asInt()).isBetween(3, 5);
        assertThat(synced.path("reportsRefused").asInt()).isZero();
        awaitPatterns(c);
        Path work = Files.createDirectories(sender.places().home().resolve("work"));
        String untrusted = c.call("patterns.list", null).path("result").path("shared").get(0).path("level").asText();
        assertThat(untrusted).as("reports of a peer nobody trusts carry no weight").isIn("low", "unknown");
        assertThat(chat(c, message("say the magic word", work).put("provider", "offline"), DECLINE).pending()).hasSize(1);

        c.call("patterns.trust", JSON.createObjectNode().put("key", peerKey));
        assertThat(c.call("patterns.list", null).path("result").path("shared").get(0).path("level").asText()).isEqualTo("established");
        ChatFixture.Turn t = chat(c, message("say the magic word", work).put("provider", "offline"), DECLINE);
        assertThat(t.pending()).as("vouched for by a trusted peer's reports").isEmpty();
        assertThat(t.result().path("reply").asText()).contains("xyzzy");
    }

    private static void awaitPatterns(RawClient c) throws Exception {
        for (int i = 0; i < 300 && c.call("status", null).path("result").path("offline").path("patterns").asInt() != 52; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void T6_aPatternSyncedFromAPeerAsksBeforeItRuns() throws Exception {
        RawClient r = receiver.authedClient();
        r.call("patterns.import", CollectiveTest.importParams(dev.mycel.collective.Envelope.seal(CollectiveTest.MAGIC, "low",
                java.time.Instant.now(), dev.mycel.collective.InstanceKey.generate())));
        RawClient c = startSender(true);
        JsonNode synced = c.call("patterns.sync", null).path("result").path("peers").get(0);
        assertThat(synced.path("copied").asInt()).isEqualTo(1);
        assertThat(synced.path("refused")).isEmpty();
        for (int i = 0; i < 300 && c.call("status", null).path("result").path("offline").path("patterns").asInt() != 52; i++) {
            Thread.sleep(100);
        }
        Path work = Files.createDirectories(sender.places().home().resolve("work"));
        ChatFixture.Turn t = chat(c, message("say the magic word", work).put("provider", "offline"), DECLINE);
        assertThat(t.pending()).hasSize(1);
        assertThat(t.pending().getFirst().path("reason").asText()).contains("a shared pattern signed by ed25519:")
                .contains("unknown author");
    }
}
