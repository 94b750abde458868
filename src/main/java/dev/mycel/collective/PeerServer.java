package dev.mycel.collective;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link Registry} to other instances over HTTP (peer exchange for one person's machines
 * or a LAN). It binds 127.0.0.1 unless told a host, and speaks:
 * <pre>
 * POST /patterns                  travelling JSON → 201 {"address"} | 400 {"error": reason} | 413
 * GET  /patterns/{address}        → 200 travelling JSON | 404
 * GET  /patterns?since=C&amp;limit=N  → 200 {"addresses": [...], "next": C'}
 * GET  /reports                   → 200 {"reports": [{"body", "signature"}]}: the outcome reports this
 *                                   instance released (from noisy counts), the newest 1,000
 * </pre>
 * A body is read only up to the limit (invariant 6: the size is enforced while reading, not after
 * buffering). There is no authentication: everything served is public and signed, and everything
 * accepted is verified by the registry behind it before it is stored.
 */
public final class PeerServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where to listen and how much to take; {@link #loopback} is the default. */
    public record Config(String host, int port, int maxBodyBytes, int maxPageSize) {
        public static Config loopback(int port) {
            return new Config("127.0.0.1", port, SignedPattern.MAX_BODY_BYTES * 2, 500);
        }
    }

    /** The outcome reports a peer may have. */
    @FunctionalInterface
    public interface ReportSource {
        List<OutcomeReport.Signed> reports() throws IOException;
    }

    private final Registry registry;
    private final ReportSource reports;
    private final Config config;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private PeerServer(Registry registry, ReportSource reports, Config config) throws IOException {
        this.registry = registry;
        this.reports = reports;
        this.config = config;
        server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        server.setExecutor(executor);
        server.createContext("/patterns", this::handle);
        server.createContext("/reports", this::reports);
        server.start();
    }

    public static PeerServer start(Registry registry, Config config) throws IOException {
        return new PeerServer(registry, List::of, config);
    }

    public static PeerServer start(Registry registry, ReportSource reports, Config config) throws IOException {
        return new PeerServer(registry, reports, config);
    }

    private void reports(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") || !ex.getRequestURI().getPath().equals("/reports")) {
                error(ex, 405, "only GET /reports");
                return;
            }
            ObjectNode out = JSON.createObjectNode();
            var list = out.putArray("reports");
            java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
            for (OutcomeReport.Signed r : reports.reports()) {
                list.addObject().put("body", b64.encodeToString(r.body())).put("signature", b64.encodeToString(r.signature()));
            }
            send(ex, 200, out);
        }
    }

    public URI base() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            try {
                if (path.equals("/patterns") && method.equals("POST")) {
                    publish(ex);
                } else if (path.equals("/patterns") && method.equals("GET")) {
                    list(ex);
                } else if (path.startsWith("/patterns/") && method.equals("GET")) {
                    fetch(ex, path.substring("/patterns/".length()));
                } else {
                    error(ex, path.equals("/patterns") || path.startsWith("/patterns/") ? 405 : 404, "no such route");
                }
            } catch (IllegalArgumentException e) {
                error(ex, 400, e.getMessage()); // a malformed cursor, limit or length: the request's fault
            }
        }
    }

    private void publish(HttpExchange ex) throws IOException {
        byte[] body = readCapped(ex.getRequestBody(), config.maxBodyBytes(), ex.getRequestHeaders().getFirst("Content-Length"));
        if (body == null) {
            error(ex, 413, "a shared pattern is at most " + config.maxBodyBytes() + " bytes in its travelling form");
            return;
        }
        SignedPattern.Claimed claimed;
        try {
            claimed = SignedPattern.parse(body);
        } catch (IOException e) {
            error(ex, 400, e.getMessage());
            return;
        }
        // the claim is checked here, not just recomputed by the registry: a body sent under another address is refused
        if (Envelope.open(claimed.address(), claimed.pattern()) instanceof Envelope.Opened.Refused r) {
            error(ex, 400, r.reason());
            return;
        }
        switch (registry.publish(claimed.pattern())) {
            case Registry.Published.Stored s -> send(ex, 201, JSON.createObjectNode().put("address", s.address()));
            case Registry.Published.Refused r -> error(ex, 400, r.reason());
        }
    }

    private void fetch(HttpExchange ex, String address) throws IOException {
        if (!Registry.isAddress(address)) {
            error(ex, 400, "not an address: lower-case hex SHA-256 expected");
            return;
        }
        switch (registry.fetch(address)) {
            case Registry.Fetched.Found f -> send(ex, 200, f.pattern().signed().toJson());
            case Registry.Fetched.Absent a -> error(ex, 404, "no pattern at this address");
            // the local side refusing its own copy: say so rather than serve it
            case Registry.Fetched.Refused r -> error(ex, 404, r.reason());
        }
    }

    private void list(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        int limit;
        try {
            limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit is not a number");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        Registry.Page page = registry.list(q.getOrDefault("since", ""), Math.min(limit, config.maxPageSize()));
        ObjectNode out = JSON.createObjectNode();
        page.addresses().forEach(out.putArray("addresses")::add);
        out.put("next", page.nextCursor());
        send(ex, 200, out);
    }

    /**
     * The body, or null when it is larger than {@code max}: a declared length over the limit is
     * refused before reading, and a chunked body is read no further than one byte past it.
     */
    static byte[] readCapped(InputStream in, int max, String declaredLength) throws IOException {
        if (declaredLength != null) {
            try {
                if (Long.parseLong(declaredLength.strip()) > max) {
                    return null;
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Content-Length is not a number");
            }
        }
        byte[] got = in.readNBytes(max + 1);
        return got.length > max ? null : got;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void error(HttpExchange ex, int status, String reason) throws IOException {
        send(ex, status, JSON.createObjectNode().put("error", reason));
    }

    private static void send(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
