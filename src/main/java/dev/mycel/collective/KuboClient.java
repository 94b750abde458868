package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * An IPFS node through the Kubo RPC API v0 (every command is a POST; a GET is answered 405):
 * {@code /api/v0/add} with one multipart/form-data file part, answered
 * {@code {"Name", "Hash", "Size"}}, and {@code /api/v0/cat?arg=CID}, answered with the raw bytes.
 * The RPC API is an admin interface and belongs on the local machine; this client adds nothing but
 * pattern files and reads nothing but CIDs the registry names.
 */
final class KuboClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One chunk as large as any pattern's travelling form, so each pattern is a single raw block (see {@link Cid}). */
    static final int CHUNK_BYTES = SignedPattern.MAX_BODY_BYTES * 2;
    private final URI base;
    private final BoundedHttp http;
    private final SecureRandom random = new SecureRandom();

    KuboClient(String url, Duration timeout) {
        this.base = BoundedHttp.base(url);
        this.http = new BoundedHttp(timeout, CHUNK_BYTES + 1024);
    }

    /** Adds and pins {@code content}; returns the CID Kubo gave it. */
    String add(byte[] content) throws IOException {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String boundary = "mycel-" + HexFormat.of().formatHex(nonce);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"pattern.json\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        URI uri = URI.create(base + "/api/v0/add?cid-version=1&raw-leaves=true&pin=true&chunker=size-" + CHUNK_BYTES);
        BoundedHttp.Response r = http.post(uri, "multipart/form-data; boundary=" + boundary, body.toByteArray());
        if (r.status() != 200) {
            throw new IOException("IPFS add answered " + r.status() + ": " + message(r.body()));
        }
        // the answer is one JSON object per added file, one a line; we added one
        String text = new String(r.body(), StandardCharsets.UTF_8).strip();
        JsonNode n = JSON.readTree(text.substring(text.lastIndexOf('\n') + 1));
        if (n == null || !n.path("Hash").isTextual()) {
            throw new IOException("IPFS add answered without a Hash");
        }
        return n.path("Hash").asText();
    }

    /** The bytes IPFS has for {@code cid}, at most a pattern's size. */
    byte[] cat(String cid) throws IOException {
        BoundedHttp.Response r = http.post(URI.create(base + "/api/v0/cat?arg=" + URLEncoder.encode(cid, StandardCharsets.UTF_8)),
                "application/octet-stream", new byte[0]);
        if (r.status() != 200) {
            throw new IOException("IPFS cat answered " + r.status() + ": " + message(r.body()));
        }
        return r.body();
    }

    /** Kubo's error body is {"Message", "Code", "Type"}. */
    private static String message(byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            String m = n == null ? "" : n.path("Message").asText("");
            return m.length() > 200 ? m.substring(0, 200) + "…" : m;
        } catch (IOException e) {
            return "(not JSON)";
        }
    }
}
