package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.ai.FakeAnthropic;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A real runtime whose cloud model is a {@link FakeAnthropic} on 127.0.0.1, and a client that
 * runs one {@code chat} turn at a time: it gathers the streamed text, answers each
 * {@code action.pending} as the test says (or not at all), and returns the reply.
 */
public final class ChatFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "sk-ant-api03-CHATKEY-never-in-any-log-0123456789";

    /** One turn as the client saw it. */
    record Turn(JsonNode response, String streamed, List<JsonNode> pending) {
        JsonNode result() {
            return response.path("result");
        }

        JsonNode action(int i) {
            return result().path("actions").path(i);
        }
    }

    /** How the client answers a pending action: a confirm params object, or nothing (silence). */
    interface Answerer extends Function<JsonNode, Optional<ObjectNode>> {
    }

    static final Answerer DECLINE = p -> Optional.of(JSON.createObjectNode()
            .put("actionId", p.path("actionId").asText()).put("approve", false));
    static final Answerer APPROVE = p -> Optional.of(JSON.createObjectNode()
            .put("actionId", p.path("actionId").asText()).put("approve", true));

    private ChatFixture() {
    }

    /** Config pointing Anthropic at {@code fake}, with the key in a 0600 file; {@code extra} TOML appended. */
    public static void configure(RuntimeHarness rt, FakeAnthropic fake, String extra) {
        try {
            Path keyFile = rt.root().resolve("anthropic.key");
            Files.writeString(keyFile, KEY + "\n");
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            rt.config("[ai]\nprovider = \"cloud\"\nanthropic_url = \"" + fake.base() + "\"\nanthropic_key_file = \""
                    + keyFile + "\"\nmax_retries = 0\n" + extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the runtime configured for {@code fake} and returns an authenticated client. */
    static RawClient start(RuntimeHarness rt, FakeAnthropic fake, String extra) throws Exception {
        configure(rt, fake, extra);
        rt.start();
        return rt.authedClient();
    }

    static ObjectNode message(String text, Path cwd) {
        return JSON.createObjectNode().put("message", text).put("cwd", cwd.toString());
    }

    static Turn chat(RawClient c, ObjectNode params, Answerer answerer) throws IOException {
        long id = System.nanoTime();
        ObjectNode req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", "chat");
        req.set("params", params);
        c.sendLine(JSON.writeValueAsString(req));
        StringBuilder streamed = new StringBuilder();
        List<JsonNode> pending = new ArrayList<>();
        while (true) {
            JsonNode m = c.next(Duration.ofSeconds(60));
            if (m == null || RawClient.isClosed(m)) {
                throw new IllegalStateException("no answer to chat; last text: " + streamed);
            }
            if (m.path("id").asLong() == id) {
                return new Turn(m, streamed.toString(), pending);
            }
            switch (m.path("method").asText()) {
                case "chat.delta" -> streamed.append(m.path("params").path("text").asText());
                case "action.pending" -> {
                    pending.add(m.path("params"));
                    Optional<ObjectNode> answer = answerer.apply(m.path("params"));
                    if (answer.isPresent()) {
                        ObjectNode confirm = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id + 1)
                                .put("method", "action.confirm");
                        confirm.set("params", answer.get());
                        c.sendLine(JSON.writeValueAsString(confirm));
                    }
                }
                default -> {
                    // the action.confirm's own response
                }
            }
        }
    }

    /** The tool_result blocks of the {@code i}-th request the fake received. */
    static List<JsonNode> toolResults(FakeAnthropic fake, int i) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : fake.body(i).path("messages")) {
            for (JsonNode block : m.path("content")) {
                if (block.path("type").asText().equals("tool_result")) {
                    out.add(block);
                }
            }
        }
        return out;
    }

    static JsonNode lastToolResult(FakeAnthropic fake, int i) throws Exception {
        List<JsonNode> all = toolResults(fake, i);
        return all.getLast();
    }

    /** A tool_use's JSON input as one fragment. */
    static String input(ObjectNode args) {
        return args.toString();
    }

    static ObjectNode args() {
        return JSON.createObjectNode();
    }
}
