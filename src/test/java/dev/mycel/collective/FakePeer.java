package dev.mycel.collective;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A hostile peer on 127.0.0.1: it speaks the peer exchange's routes but answers each path with
 * whatever bytes the test gives it (the listing at {@code /patterns}, a pattern at
 * {@code /patterns/ADDRESS}), so a test can serve tampered, misaddressed or oversized patterns.
 */
final class FakePeer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, byte[]> answers = new HashMap<>();

    FakePeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized FakePeer serve(String path, byte[] body) {
        answers.put(path, body.clone());
        return this;
    }

    FakePeer serve(String path, String body) {
        return serve(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Lists exactly {@code addresses}, then nothing. */
    FakePeer lists(String... addresses) {
        return serve("/patterns", "{\"addresses\":[" + String.join(",", java.util.Arrays.stream(addresses).map(a -> "\"" + a + "\"").toList())
                + "],\"next\":\"end\"}");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            synchronized (this) {
                body = path.equals("/patterns") && "since=end".equals(firstParam(ex)) ? "{\"addresses\":[],\"next\":\"end\"}"
                        .getBytes(StandardCharsets.UTF_8) : answers.get(path);
            }
            int status = body == null ? 404 : 200;
            byte[] out = body == null ? "{\"error\":\"no pattern at this address\"}".getBytes(StandardCharsets.UTF_8) : body;
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        }
    }

    private static String firstParam(HttpExchange ex) {
        String q = ex.getRequestURI().getRawQuery();
        return q == null ? "" : q.split("&")[0];
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
