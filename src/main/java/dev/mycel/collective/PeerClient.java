package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Another instance's {@link PeerServer}, as a {@link Registry}. Nothing the peer sends is trusted:
 * a fetched pattern is opened against the address we asked for (not the one it claims), a listing
 * is cut to the limit and to well-formed addresses, and every response is read only up to a limit.
 */
public final class PeerClient implements Registry {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final BoundedHttp http;

    /** {@code url} must be http(s) without user-info; refused otherwise with IllegalArgumentException. */
    public PeerClient(String url, Duration timeout) {
        this.base = BoundedHttp.base(url);
        // a page of addresses is small; a pattern's travelling form is the largest thing a peer sends
        this.http = new BoundedHttp(timeout, SignedPattern.MAX_BODY_BYTES * 2);
    }

    @Override
    public Published publish(SignedPattern pattern) throws IOException {
        // never send what we would refuse ourselves
        if (Envelope.open(pattern.address(), pattern) instanceof Envelope.Opened.Refused r) {
            return new Published.Refused(r.reason());
        }
        BoundedHttp.Response r = http.post(URI.create(base + "/patterns"), "application/json", pattern.toBytes());
        JsonNode n = json(r.body());
        return switch (r.status()) {
            case 201 -> pattern.address().equals(n.path("address").asText()) ? new Published.Stored(pattern.address())
                    : new Published.Refused("the peer stored it under another address: " + Envelope.shorten(n.path("address").asText()));
            case 400, 413 -> new Published.Refused("the peer refused it: " + n.path("error").asText("(no reason given)"));
            default -> throw new IOException(base.getAuthority() + " answered " + r.status() + " to a publish");
        };
    }

    @Override
    public Fetched fetch(String address) throws IOException {
        if (!Registry.isAddress(address)) {
            return new Fetched.Refused(Envelope.shorten(address), "not an address: lower-case hex SHA-256 expected");
        }
        BoundedHttp.Response r;
        try {
            r = http.get(URI.create(base + "/patterns/" + address));
        } catch (BoundedHttp.TooLarge e) {
            return new Fetched.Refused(address, "refused: " + e.getMessage());
        }
        if (r.status() == 404) {
            return new Fetched.Absent();
        }
        if (r.status() != 200) {
            throw new IOException(base.getAuthority() + " answered " + r.status() + " for a pattern");
        }
        return Arrival.open(address, r.body());
    }

    @Override
    public Page list(String cursor, int limit) throws IOException {
        String q = "?since=" + URLEncoder.encode(cursor == null ? "" : cursor, StandardCharsets.UTF_8) + "&limit=" + limit;
        BoundedHttp.Response r = http.get(URI.create(base + "/patterns" + q));
        if (r.status() != 200) {
            throw new IOException(base.getAuthority() + " answered " + r.status() + " to a listing");
        }
        JsonNode n = json(r.body());
        if (!n.path("addresses").isArray() || !n.path("next").isTextual()) {
            throw new IOException(base.getAuthority() + " sent a listing that is not {addresses, next}");
        }
        List<String> addresses = new ArrayList<>();
        for (JsonNode a : n.path("addresses")) {
            if (addresses.size() == limit) {
                break;
            }
            if (a.isTextual() && Registry.isAddress(a.asText())) {
                addresses.add(a.asText());
            }
        }
        return new Page(addresses, n.path("next").asText());
    }

    /** What became of the peer's outcome reports: the ones that verified, and how many did not. */
    public record Reports(List<OutcomeReport.Signed> verified, int refused) {
    }

    /** The peer's released outcome reports, each verified on arrival; a report that does not verify is counted and dropped. */
    public Reports reports() throws IOException {
        BoundedHttp.Response r = http.get(URI.create(base + "/reports"));
        if (r.status() != 200) {
            throw new IOException(base.getAuthority() + " answered " + r.status() + " for its reports");
        }
        JsonNode n = json(r.body());
        if (!n.path("reports").isArray()) {
            throw new IOException(base.getAuthority() + " sent reports that are not {reports: [...]}");
        }
        List<OutcomeReport.Signed> ok = new ArrayList<>();
        int refused = 0;
        java.util.Base64.Decoder b64 = java.util.Base64.getUrlDecoder();
        for (JsonNode item : n.path("reports")) {
            try {
                OutcomeReport.Signed signed = new OutcomeReport.Signed(b64.decode(item.path("body").asText()),
                        b64.decode(item.path("signature").asText()));
                if (OutcomeReport.open(signed) instanceof OutcomeReport.Opened.Ok) {
                    ok.add(signed);
                    continue;
                }
            } catch (IllegalArgumentException notBase64) {
                // counted below like any other report that does not verify
            }
            refused++;
        }
        return new Reports(ok, refused);
    }

    private JsonNode json(byte[] body) throws IOException {
        try {
            JsonNode n = JSON.readTree(body);
            return n == null ? JSON.createObjectNode() : n;
        } catch (IOException e) {
            throw new IOException(base.getAuthority() + " did not answer with JSON");
        }
    }

    @Override
    public String toString() {
        return "PeerClient[" + base + "]";
    }
}
