package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.patterns.Pattern;
import dev.mycel.patterns.PatternException;
import dev.mycel.patterns.PatternFile;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Seals a pattern for sharing and opens what arrives. The body is the canonical JSON (RFC 8785) of
 * <pre>{"format": "mycel-pattern/1", "pattern": {"id", "toml"}, "author", "created", "version",
 *  "capabilities": [...], "risk"}</pre>
 * signed by its author's Ed25519 key (domain {@value #DOMAIN}). Opening checks, in this order, and
 * says which check failed: size, the claimed address against the bytes' SHA-256, JSON, canonical
 * form, the fields, the signature against the author key inside, then the pattern itself through
 * the same strict parser as a built-in (whose code the policy still judges at every run).
 */
public final class Envelope {
    public static final String FORMAT = "mycel-pattern/1";
    static final String DOMAIN = "mycel-pattern-v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("format", "pattern", "author", "created", "version", "capabilities", "risk");
    private static final Set<String> RISKS = Set.of("low", "medium", "high", "critical");

    private Envelope() {
    }

    /** A verified shared pattern: everything in it has been checked, nothing in it is trusted to be safe. */
    public record Verified(String address, SignedPattern signed, AuthorKey author, Instant created, int version,
                           List<String> capabilities, String risk, String toml, Pattern pattern) {
    }

    /** What opening found. */
    public sealed interface Opened {
        record Ok(Verified pattern) implements Opened {
        }

        record Refused(String reason) implements Opened {
        }
    }

    /** Seals the pattern written as {@code toml} (it must parse) by {@code key}, claiming {@code risk}. */
    public static SignedPattern seal(String toml, String risk, Instant created, InstanceKey key) throws PatternException {
        Pattern p = PatternFile.parse(toml, "the pattern to share");
        ObjectNode body = JSON.createObjectNode();
        body.put("format", FORMAT);
        body.putObject("pattern").put("id", p.id()).put("toml", toml);
        body.put("author", key.publicKey().text());
        body.put("created", created.toString());
        body.put("version", p.version());
        ArrayNode caps = body.putArray("capabilities");
        p.capabilities().forEach(caps::add);
        body.put("risk", risk);
        byte[] bytes = Canonical.bytes(body);
        return new SignedPattern(bytes, key.sign(DOMAIN, bytes));
    }

    /** Opens a pattern that arrived under {@code claimedAddress}. */
    public static Opened open(String claimedAddress, SignedPattern signed) {
        return open(claimedAddress, signed, true);
    }

    /**
     * Opens a pattern read back from this machine's own store: every check but the signature, which
     * was verified at the door (it costs most of a millisecond in the JDK's EdDSA). The bytes must
     * still hash to their address, so a changed pattern is still refused.
     */
    static Opened reopen(String address, SignedPattern signed) {
        return open(address, signed, false);
    }

    private static Opened open(String claimedAddress, SignedPattern signed, boolean checkSignature) {
        byte[] body = signed.body();
        if (body.length > SignedPattern.MAX_BODY_BYTES) {
            return refused("it is " + body.length + " bytes; a shared pattern is at most " + SignedPattern.MAX_BODY_BYTES);
        }
        if (!signed.address().equals(claimedAddress)) {
            return refused("its bytes do not match its address (claimed " + shorten(claimedAddress) + ", the bytes hash to "
                    + shorten(signed.address()) + ")");
        }
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (IOException e) {
            return refused("its body is not JSON");
        }
        if (n == null || !n.isObject()) {
            return refused("its body is not a JSON object");
        }
        try {
            if (!java.util.Arrays.equals(Canonical.bytes(n), body)) {
                return refused("its body is not in canonical form (RFC 8785), so its address is not well defined");
            }
        } catch (IllegalArgumentException e) {
            return refused("its body cannot be canonical: " + e.getMessage());
        }
        return fields(n, signed, checkSignature);
    }

    private static Opened fields(JsonNode n, SignedPattern signed, boolean checkSignature) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        if (!FIELDS.equals(Set.copyOf(names))) {
            return refused("its fields are " + names + ", not " + FIELDS);
        }
        if (!FORMAT.equals(n.path("format").asText())) {
            return refused("its format is '" + n.path("format").asText() + "', not " + FORMAT);
        }
        AuthorKey author;
        try {
            author = AuthorKey.fromText(n.path("author").asText());
        } catch (IllegalArgumentException e) {
            return refused("its author key is malformed: " + e.getMessage());
        }
        if (checkSignature && !author.verifies(DOMAIN, signed.body(), signed.signature())) {
            return refused("its signature is not " + author.fingerprint() + "'s, the author it names");
        }
        Instant created;
        try {
            created = Instant.parse(n.path("created").asText());
        } catch (DateTimeParseException e) {
            return refused("its creation time is not an ISO-8601 instant");
        }
        String risk = n.path("risk").asText();
        if (!RISKS.contains(risk)) {
            return refused("its risk is '" + risk + "', not one of " + RISKS);
        }
        return pattern(n, signed, author, created, risk);
    }

    private static Opened pattern(JsonNode n, SignedPattern signed, AuthorKey author, Instant created, String risk) {
        JsonNode p = n.path("pattern");
        if (!p.isObject() || p.size() != 2 || !p.path("id").isTextual() || !p.path("toml").isTextual()) {
            return refused("its pattern is not {id, toml}");
        }
        Pattern parsed;
        try {
            parsed = PatternFile.parse(p.path("toml").asText(), "shared pattern " + shorten(signed.address()));
        } catch (PatternException e) {
            return refused("its pattern is invalid: " + e.getMessage());
        }
        List<String> caps = new ArrayList<>();
        n.path("capabilities").forEach(c -> caps.add(c.asText()));
        if (!parsed.id().equals(p.path("id").asText()) || parsed.version() != n.path("version").asInt(-1)
                || !parsed.capabilities().equals(caps)) {
            return refused("its metadata (id, version, capabilities) does not match the pattern it carries");
        }
        return new Opened.Ok(new Verified(signed.address(), signed, author, created, parsed.version(), caps, risk,
                p.path("toml").asText(), parsed));
    }

    private static Opened refused(String why) {
        return new Opened.Refused("refused: " + why);
    }

    static String shorten(String address) {
        String a = address == null ? "" : address.replaceAll("[^0-9a-zA-Z]", "?");
        return a.length() > 16 ? a.substring(0, 16) + "…" : a;
    }
}
