package dev.mycel.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The byte format of one audit entry, and the check that a line is one.
 *
 * <p>An entry is one line: the compact JSON object {@code {"seq":…,"time":…,"prev":…,"type":…,
 * …fields…}} with {@code ,"hash":"<64 lowercase hex>"} inserted before its closing brace, then
 * {@code \n}. {@code hash} is the SHA-256 of the line without that member: the line's bytes up
 * to the {@code ,"hash":} that ends it, followed by {@code }}. So the hash covers the exact bytes
 * written, and checking needs no canonical re-serialisation. {@code prev} is the previous
 * entry's {@code hash}, or {@link #GENESIS} for the first entry.
 */
final class EntryFormat {
    /** What the first entry's {@code prev} holds. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] HASH_MEMBER = ",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_SUFFIX = HASH_MEMBER.length + 64 + 2;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EntryFormat() {
    }

    /** One entry, ready to write: its bytes including the newline, and its hash. */
    record Written(byte[] bytes, String hash) {
    }

    /** What a line turned out to be. */
    sealed interface Parsed {
        /** A line that checks: well-formed, and its hash matches its content. */
        record Entry(long seq, String prev, String type, String hash, ObjectNode json) implements Parsed {
        }

        /** Not a complete JSON object: what a write cut short by a crash leaves behind. */
        record Unreadable(String why) implements Parsed {
        }

        /** Complete JSON that is not a valid entry: only an edit makes one. */
        record Invalid(String why) implements Parsed {
        }
    }

    static Written line(long seq, Instant time, String prev, EventFields event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", seq);
        body.put("time", time.toString());
        body.put("prev", prev);
        body.put("type", event.type());
        event.fields().forEach(body::putIfAbsent);
        byte[] json = toJson(body);
        String hash = sha256Hex(json, json.length);
        byte[] line = Arrays.copyOf(json, json.length - 1 + HASH_SUFFIX + 1);
        int at = json.length - 1;
        System.arraycopy(HASH_MEMBER, 0, line, at, HASH_MEMBER.length);
        at += HASH_MEMBER.length;
        System.arraycopy(hash.getBytes(StandardCharsets.US_ASCII), 0, line, at, 64);
        line[at + 64] = '"';
        line[at + 65] = '}';
        line[at + 66] = '\n';
        return new Written(line, hash);
    }

    /** Checks one line, given without its newline. */
    static Parsed parse(byte[] line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return new Parsed.Unreadable("is not a complete JSON object");
        }
        if (node == null || node.isMissingNode()) {
            return new Parsed.Unreadable("is empty");
        }
        if (!(node instanceof ObjectNode json)) {
            return new Parsed.Invalid("is JSON but not an object");
        }
        return check(line, json);
    }

    private static Parsed check(byte[] line, ObjectNode json) {
        String hash = hashMember(line);
        if (hash == null) {
            return new Parsed.Invalid("does not end with its hash");
        }
        JsonNode seq = json.get("seq");
        if (seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong() || seq.asLong() < 1) {
            return new Parsed.Invalid("has no valid seq");
        }
        if (!isInstant(json.get("time"))) {
            return new Parsed.Invalid("has no valid time");
        }
        String prev = json.path("prev").asText("");
        String type = json.path("type").asText("");
        if (!HEX64.matcher(prev).matches() || type.isEmpty()) {
            return new Parsed.Invalid("has no valid prev or type");
        }
        if (!hash.equals(bodyHash(line))) {
            return new Parsed.Invalid("does not match its hash: its content was changed");
        }
        return new Parsed.Entry(seq.asLong(), prev, type, hash, json);
    }

    /** The hex in the line's closing {@code ,"hash":"…"}} member, or null if it does not end so. */
    private static String hashMember(byte[] line) {
        int start = line.length - HASH_SUFFIX;
        if (start < 1 || !Arrays.equals(line, start, start + HASH_MEMBER.length, HASH_MEMBER, 0, HASH_MEMBER.length)
                || line[line.length - 2] != '"' || line[line.length - 1] != '}') {
            return null;
        }
        String hex = new String(line, start + HASH_MEMBER.length, 64, StandardCharsets.US_ASCII);
        return HEX64.matcher(hex).matches() ? hex : null;
    }

    private static String bodyHash(byte[] line) {
        int bodyLength = line.length - HASH_SUFFIX;
        byte[] body = Arrays.copyOf(line, bodyLength + 1);
        body[bodyLength] = '}';
        return sha256Hex(body, body.length);
    }

    private static boolean isInstant(JsonNode time) {
        if (time == null || !time.isTextual()) {
            return false;
        }
        try {
            Instant.parse(time.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String sha256Hex(byte[] bytes, int length) {
        MessageDigest sha = sha256();
        sha.update(bytes, 0, length);
        return HEX.formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HEX.formatHex(digest);
    }

    private static byte[] toJson(Map<String, Object> body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit fields are strings, numbers, booleans and lists", e);
        }
    }
}
