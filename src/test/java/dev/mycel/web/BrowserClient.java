package dev.mycel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged-in browser session of the UI over plain HTTP and a WebSocket, as a page of the UI
 * would talk to it: the cookie on every request, the UI's own Origin on posts and the upgrade.
 */
final class BrowserClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final URI base;
    final String cookie;
    final String landing;
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private WebSocket socket;

    private BrowserClient(URI base, String cookie, String landing) {
        this.base = base;
        this.cookie = cookie;
        this.landing = landing;
    }

    /** Spends a login link; {@code landing} is where it sent the browser. */
    static BrowserClient login(String link) throws IOException, InterruptedException {
        URI uri = URI.create(link);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("login with a fresh link").isEqualTo(303);
        Matcher m = Pattern.compile(BrowserSessions.COOKIE + "=([^;]+)").matcher(r.headers().firstValue("Set-Cookie").orElseThrow());
        assertThat(m.find()).isTrue();
        return new BrowserClient(URI.create(uri.getScheme() + "://" + uri.getAuthority()), m.group(1),
                r.headers().firstValue("Location").orElseThrow());
    }

    static HttpResponse<String> spend(String link) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    String origin() {
        return base.toString();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", BrowserSessions.COOKIE + "=" + cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, origin());
    }

    HttpResponse<String> post(String path, String json, String originHeader) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", BrowserSessions.COOKIE + "=" + cookie)
                .header("Origin", originHeader).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the event socket; everything the runtime sends this session is queued for {@link #await}. */
    BrowserClient listen() throws Exception {
        socket = HTTP.newWebSocketBuilder().header("Cookie", BrowserSessions.COOKIE + "=" + cookie).header("Origin", origin())
                .buildAsync(URI.create("ws://" + base.getAuthority() + "/ws"), new WebSocket.Listener() {
                    private final StringBuilder part = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        part.append(data);
                        if (last) {
                            try {
                                events.add(JSON.readTree(part.toString()));
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                            part.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        return this;
    }

    /** The next event matching {@code wanted}, skipping others; fails after {@code seconds}. */
    JsonNode await(Predicate<JsonNode> wanted, int seconds, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < end) {
            JsonNode e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
            if (e != null) {
                seen.append(e).append('\n');
            }
        }
        throw new AssertionError("no " + what + " within " + seconds + " s; saw:\n" + seen);
    }

    JsonNode awaitType(String type, int seconds) throws InterruptedException {
        return await(e -> e.path("type").asText().equals(type), seconds, "'" + type + "' event");
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }
}
