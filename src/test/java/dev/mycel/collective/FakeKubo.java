package dev.mycel.collective;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake Kubo node on 127.0.0.1 speaking the RPC API v0 wire format for the two commands Mycel
 * uses: {@code POST /api/v0/add} (multipart/form-data, one file part, answered
 * {@code {"Name","Hash","Size"}}) and {@code POST /api/v0/cat?arg=CID} (raw bytes; an unknown CID
 * is a 500 with Kubo's {@code {"Message","Code","Type"}}). Like Kubo it answers a GET with 405.
 * It is a fake: its content id is the raw-block CIDv1 ("b" + base32 of 0x01 0x55 0x12 0x20 and
 * the SHA-256), which is what Kubo gives a single-chunk file added with raw leaves, but it builds
 * no DAG and stores nothing on disk. {@link #serveInstead} makes it lie.
 */
final class FakeKubo implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, byte[]> blocks = new HashMap<>();
    private final Map<String, byte[]> lies = new HashMap<>();
    private final List<String> addQueries = new ArrayList<>();

    FakeKubo() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/v0/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void serveInstead(String cid, byte[] bytes) {
        lies.put(cid, bytes.clone());
    }

    synchronized int stored() {
        return blocks.size();
    }

    synchronized List<String> addQueries() {
        return List.copyOf(addQueries);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, "text/plain", "405 - Method Not Allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
            byte[] body = ex.getRequestBody().readAllBytes();
            switch (path) {
                case "/api/v0/add" -> add(ex, query, body);
                case "/api/v0/cat" -> cat(ex, query);
                default -> error(ex, 404, "404 page not found");
            }
        }
    }

    private void add(HttpExchange ex, String query, byte[] body) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("multipart/form-data; boundary=")) {
            error(ex, 400, "request Content-Type isn't multipart/form-data");
            return;
        }
        byte[] file = onlyPart(body, type.substring(type.indexOf("boundary=") + 9));
        if (file == null) {
            error(ex, 400, "file argument 'path' is required");
            return;
        }
        String cid = Cid.of(file);
        synchronized (this) {
            addQueries.add(query);
            blocks.put(cid, file);
        }
        String json = "{\"Name\":\"pattern.json\",\"Hash\":\"" + cid + "\",\"Size\":\"" + file.length + "\"}\n";
        send(ex, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private void cat(HttpExchange ex, String query) throws IOException {
        String cid = query.startsWith("arg=") ? query.substring(4) : "";
        byte[] bytes;
        synchronized (this) {
            bytes = lies.containsKey(cid) ? lies.get(cid) : blocks.get(cid);
        }
        if (bytes == null) {
            error(ex, 500, "block was not found locally (offline): ipld: could not find " + cid);
            return;
        }
        send(ex, 200, "text/plain", bytes);
    }

    /** The content of the one part of a multipart body, parsed as RFC 7578 has it; null when there is not exactly one. */
    static byte[] onlyPart(byte[] body, String boundary) {
        byte[] open = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] close = ("\r\n--" + boundary + "--").getBytes(StandardCharsets.US_ASCII);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        if (indexOf(body, open, 0) != 0) {
            return null;
        }
        int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), open.length);
        if (headersEnd < 0) {
            return null;
        }
        String headers = new String(body, open.length, headersEnd - open.length, StandardCharsets.UTF_8);
        if (!headers.contains("Content-Disposition: form-data; name=\"file\"")) {
            return null;
        }
        int start = headersEnd + 4;
        int end = indexOf(body, next, start);
        if (end < 0 || end != indexOf(body, close, start)) {
            return null; // a second part, or no closing boundary
        }
        return Arrays.copyOfRange(body, start, end);
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        String json = "{\"Message\":\"" + message + "\",\"Code\":0,\"Type\":\"error\"}\n";
        send(ex, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
