package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mycel.config.ConfigLoader;
import dev.mycel.config.Places;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The agent loop's own cost per tool step. A model on 127.0.0.1 that speaks Ollama's
 * {@code /api/chat} answers at once: asked for {@code steps N}, it calls {@code list_directory}
 * until N results are in the conversation, then says {@code done}. A real runtime runs the
 * turns over its socket; per step = (turn with N steps − turn with none) / N, and the loop's
 * overhead is that minus one bare HTTP round trip to the same model. Run once plain and once
 * with the privacy layer redacting every request (as it does for a cloud model).
 */
public final class AgentBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STEPS = 10;

    public record Figures(int turns, double modelRoundTripMs, double plainTurnMs, double perStepMs,
                          double perStepRedactedMs) {
        @Override
        public String toString() {
            return String.format("agent loop, %d turns each, %d list_directory steps per turn, instant local model:%n"
                            + "  bare HTTP round trip to the model      %6.2f ms%n"
                            + "  chat turn without tools (end to end)   %6.2f ms%n"
                            + "  per tool step                          %6.2f ms  (loop's own overhead %.2f ms)%n"
                            + "  per tool step, every request redacted  %6.2f ms  (loop's own overhead %.2f ms)",
                    turns, STEPS, modelRoundTripMs, plainTurnMs, perStepMs, perStepMs - modelRoundTripMs,
                    perStepRedactedMs, perStepRedactedMs - modelRoundTripMs);
        }
    }

    private AgentBench() {
    }

    public static String run(int turns) throws Exception {
        return measure(turns).toString();
    }

    public static Figures measure(int turns) throws Exception {
        Path root = Files.createTempDirectory("mycel-agent-bench-");
        HttpServer model = instantModel();
        try {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            URI url = URI.create("http://127.0.0.1:" + model.getAddress().getPort());
            double http = modelRoundTrip(url, turns * 5);
            double[] plain = turns(root.resolve("plain"), url, false, turns);
            double[] redacted = turns(root.resolve("redacted"), url, true, turns);
            return new Figures(turns, http, plain[0], (plain[1] - plain[0]) / STEPS, (redacted[1] - redacted[0]) / STEPS);
        } finally {
            model.stop(0);
            RuntimeBench.deleteTree(root);
        }
    }

    /** Median ms of a turn with no tools and of one with {@link #STEPS} steps. */
    private static double[] turns(Path dir, URI model, boolean redact, int turns) throws Exception {
        Places places = RuntimeBench.places(dir);
        Files.createDirectories(places.configFile().getParent());
        Files.writeString(places.configFile(), "[ipc]\nrequests_per_minute = 1000000\n[ai]\nprovider = \"local\"\n"
                + "ollama_url = \"" + model + "\"\nollama_model = \"instant\"\n[privacy]\nredact_local = " + redact + "\n");
        Files.writeString(places.home().resolve("plan.txt"), "Ask jane.doe@example.com about +1 415 555 0134.\n");
        try (MycelRuntime runtime = MycelRuntime.start(ConfigLoader.load(places), InstantSource.system(), Map.of())) {
            String token = Files.readString(places.tokenFile()).strip();
            return new double[] {median(places, token, 0, turns), median(places, token, STEPS, turns)};
        }
    }

    private static double median(Places places, String token, int steps, int turns) throws IOException {
        String request = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"chat\",\"params\":{\"message\":\"steps " + steps
                + "\",\"cwd\":" + JSON.writeValueAsString(places.home().toString()) + "}}";
        double[] times = new double[turns];
        for (int i = -turns / 2; i < turns; i++) {
            // a new session each turn, so every turn sends the same history
            try (RuntimeBench.BenchClient c = RuntimeBench.BenchClient.connect(places.socket(), token)) {
                long t0 = System.nanoTime();
                JsonNode reply = JSON.readTree(c.reply(request));
                if (reply.has("error") || reply.path("result").path("actions").size() != steps) {
                    throw new IllegalStateException("the bench's chat turn went wrong: " + reply);
                }
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        Arrays.sort(times);
        return RuntimeBench.percentile(times, 50);
    }

    private static double modelRoundTrip(URI model, int n) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(model.resolve("/api/chat"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"instant\",\"messages\":[{\"role\":\"user\","
                            + "\"content\":\"steps 0\"}],\"stream\":true}")).build();
            double[] times = new double[n];
            for (int i = -n / 2; i < n; i++) {
                long t0 = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.ofString());
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(times);
            return RuntimeBench.percentile(times, 50);
        }
    }

    private static HttpServer instantModel() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/tags", ex -> send(ex, "application/json", "{\"models\":[{\"name\":\"instant:latest\","
                + "\"model\":\"instant:latest\"}]}"));
        server.createContext("/api/chat", AgentBench::chat);
        server.start();
        return server;
    }

    private static void chat(HttpExchange ex) throws IOException {
        JsonNode messages = JSON.readTree(ex.getRequestBody()).path("messages");
        int wanted = 0;
        int results = 0;
        for (JsonNode m : messages) {
            switch (m.path("role").asText()) {
                case "user" -> {
                    String text = m.path("content").asText();
                    wanted = text.startsWith("steps ") ? Integer.parseInt(text.substring(6).strip()) : 0;
                    results = 0;
                }
                case "tool" -> results++;
                default -> {
                    // the model's own earlier turns
                }
            }
        }
        String message = results < wanted
                ? "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"list_directory\","
                        + "\"arguments\":{\"path\":\".\"}}}]}"
                : "{\"role\":\"assistant\",\"content\":\"done\"}";
        send(ex, "application/x-ndjson", "{\"model\":\"instant\",\"created_at\":\"2026-12-03T00:00:00Z\",\"message\":"
                + message + ",\"done\":false}\n{\"model\":\"instant\",\"created_at\":\"2026-12-03T00:00:00Z\","
                + "\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true}\n");
    }

    private static void send(HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("content-type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
