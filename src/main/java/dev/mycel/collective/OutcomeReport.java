package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One instance's report that running a shared pattern succeeded or failed: the evidence reputation
 * is computed from. It travels as the canonical JSON (RFC 8785) of
 * <pre>{"format": "mycel-outcome/1", "reporter", "pattern", "author", "success", "time"}</pre>
 * (keys base64url, the pattern's content address, an ISO-8601 instant) signed by the reporter's
 * Ed25519 key under domain {@value #DOMAIN}, so a report can neither be forged in another's name nor
 * replayed as a pattern signature. {@link #open} checks size, JSON, canonical form, the fields, then
 * the signature, and says which check failed.
 */
public record OutcomeReport(AuthorKey reporter, String patternAddress, AuthorKey patternAuthor, boolean success, Instant time) {
    public static final String FORMAT = "mycel-outcome/1";
    static final String DOMAIN = "mycel-outcome-v1";
    /** A report is a few hundred bytes; anything much larger is refused before it is parsed. */
    public static final int MAX_BYTES = 2048;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("format", "reporter", "pattern", "author", "success", "time");

    public OutcomeReport {
        if (!patternAddress.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a pattern address is 64 lower-case hex digits");
        }
    }

    /** A report as it travels: its canonical bytes and the reporter's signature of them. */
    public record Signed(byte[] body, byte[] signature) {
        public Signed {
            body = body.clone();
            signature = signature.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signed s && Arrays.equals(body, s.body) && Arrays.equals(signature, s.signature);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(body) * 31 + Arrays.hashCode(signature);
        }

        @Override
        public String toString() {
            return "OutcomeReport.Signed[" + body.length + " bytes]";
        }
    }

    /**
     * A report whose signature has been checked against the reporter it names; only {@link #open} (and
     * so only this package) makes one, so reputation is computed from nothing else.
     */
    public static final class Verified {
        private final OutcomeReport report;

        private Verified(OutcomeReport report) {
            this.report = report;
        }

        public OutcomeReport report() {
            return report;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Verified v && report.equals(v.report);
        }

        @Override
        public int hashCode() {
            return report.hashCode();
        }

        @Override
        public String toString() {
            return "Verified" + report;
        }
    }

    /** What opening found. */
    public sealed interface Opened {
        record Ok(Verified report) implements Opened {
        }

        record Refused(String reason) implements Opened {
        }
    }

    /** The report {@code reporter} makes about a run of the pattern at {@code patternAddress} by {@code patternAuthor}. */
    public static Signed sign(InstanceKey reporter, String patternAddress, AuthorKey patternAuthor, boolean success, Instant time) {
        byte[] body = new OutcomeReport(reporter.publicKey(), patternAddress, patternAuthor, success, time).bytes();
        return new Signed(body, reporter.sign(DOMAIN, body));
    }

    /** The canonical bytes that are signed. */
    public byte[] bytes() {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("reporter", reporter.text());
        n.put("pattern", patternAddress);
        n.put("author", patternAuthor.text());
        n.put("success", success);
        n.put("time", time.toString());
        return Canonical.bytes(n);
    }

    public static Opened open(Signed signed) {
        return open(signed.body, signed.signature);
    }

    public static Opened open(byte[] body, byte[] signature) {
        if (body.length > MAX_BYTES) {
            return refused("it is " + body.length + " bytes; an outcome report is at most " + MAX_BYTES);
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
            if (!Arrays.equals(Canonical.bytes(n), body)) {
                return refused("its body is not in canonical form (RFC 8785)");
            }
        } catch (IllegalArgumentException e) {
            return refused("its body cannot be canonical: " + e.getMessage());
        }
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        if (!FIELDS.equals(Set.copyOf(names))) {
            return refused("its fields are " + names + ", not " + FIELDS);
        }
        if (!FORMAT.equals(n.path("format").asText())) {
            return refused("its format is '" + n.path("format").asText() + "', not " + FORMAT);
        }
        AuthorKey reporter;
        try {
            reporter = AuthorKey.fromText(n.path("reporter").asText());
        } catch (IllegalArgumentException e) {
            return refused("its reporter key is malformed: " + e.getMessage());
        }
        if (!reporter.verifies(DOMAIN, body, signature)) {
            return refused("its signature is not " + reporter.fingerprint() + "'s, the reporter it names");
        }
        return fields(n, reporter);
    }

    private static Opened fields(JsonNode n, AuthorKey reporter) {
        AuthorKey author;
        try {
            author = AuthorKey.fromText(n.path("author").asText());
        } catch (IllegalArgumentException e) {
            return refused("its pattern author key is malformed: " + e.getMessage());
        }
        String address = n.path("pattern").asText();
        if (!n.path("pattern").isTextual() || !address.matches("[0-9a-f]{64}")) {
            return refused("its pattern is not a content address (64 lower-case hex digits)");
        }
        if (!n.path("success").isBoolean()) {
            return refused("its success is not true or false");
        }
        Instant time;
        try {
            time = Instant.parse(n.path("time").asText());
        } catch (DateTimeParseException e) {
            return refused("its time is not an ISO-8601 instant");
        }
        return new Opened.Ok(new Verified(new OutcomeReport(reporter, address, author, n.path("success").booleanValue(), time)));
    }

    private static Opened refused(String why) {
        return new Opened.Refused("refused: " + why);
    }
}
