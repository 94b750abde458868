package dev.mycel.ai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server (127.0.0.1, a free port) that answers each path from a queue of
 * scripted responses, streaming each chunk with a flush as a real server streams, and records
 * every request (method, path, headers, body). The vendor fakes build the scripts.
 */
public final class FakeServer implements AutoCloseable {
    public record Recorded(String method, String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** One scripted answer. */
    sealed interface Script {
        /** Status, headers, then each chunk written and flushed; {@code stallAfter} keeps the stream open, silent. */
        record Respond(int status, Map<String, String> headers, List<String> chunks, boolean stallAfter) implements Script {
        }

        /** A 200 whose chunks arrive {@code gap} apart: a long answer that keeps coming. */
        record Trickle(Map<String, String> headers, List<String> chunks, Duration gap) implements Script {
        }

        /** Never sends the status line: a server that accepted the request and hangs. */
        record Hang() implements Script {
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Script>> queues = new HashMap<>();
    private final Map<String, Script> fallback = new HashMap<>();
    private final List<Recorded> requests = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized void enqueue(String path, Script s) {
        queues.computeIfAbsent(path, p -> new ArrayDeque<>()).add(s);
    }

    /** The answer for {@code path} once its queue is empty (probes, repeated errors). */
    synchronized void always(String path, Script s) {
        fallback.put(path, s);
    }

    synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        String path = ex.getRequestURI().getPath();
        Script script;
        synchronized (this) {
            requests.add(new Recorded(ex.getRequestMethod(), path, Map.copyOf(headers), body));
            Deque<Script> q = queues.get(path);
            script = q != null && !q.isEmpty() ? q.poll() : fallback.get(path);
        }
        if (script == null) {
            script = new Script.Respond(404, Map.of("content-type", "application/json"),
                    List.of("{\"error\":\"no script for " + path + "\"}"), false);
        }
        switch (script) {
            case Script.Hang h -> await();
            case Script.Respond r -> respond(ex, r);
            case Script.Trickle t -> trickle(ex, t);
        }
        ex.close();
    }

    private void respond(HttpExchange ex, Script.Respond r) throws IOException {
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(r.status(), 0);
        OutputStream out = ex.getResponseBody();
        try {
            for (String chunk : r.chunks()) {
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (r.stallAfter()) {
                await();
            }
        } catch (IOException clientWentAway) {
            // the client gave up (a timeout under test); nothing to answer
        }
    }

    private void trickle(HttpExchange ex, Script.Trickle t) throws IOException {
        t.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        try {
            for (String chunk : t.chunks()) {
                Thread.sleep(t.gap());
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void await() {
        try {
            closed.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Script.Respond json(int status, String body) {
        return new Script.Respond(status, Map.of("content-type", "application/json"), List.of(body), false);
    }

    static Duration quick() {
        return Duration.ofMillis(400);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
