package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A pattern as it travels: the canonical JSON bytes of the pattern and its metadata, and the
 * author's detached signature of them. Its address is the SHA-256 of the bytes. Nothing about it is
 * trusted until {@link Envelope#open} has verified it; transports and files carry it as
 * {@code {"address", "body", "signature"}} (body and signature base64url), and the claimed address
 * is checked against the bytes on arrival.
 */
public record SignedPattern(byte[] body, byte[] signature) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A shared pattern is small; anything larger is refused before it is parsed. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    public SignedPattern {
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

    /** The content address: lower-case hex SHA-256 of the body. */
    public String address() {
        return HexFormat.of().formatHex(AuthorKey.sha256(body));
    }

    public ObjectNode toJson() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return JSON.createObjectNode().put("address", address()).put("body", b64.encodeToString(body))
                .put("signature", b64.encodeToString(signature));
    }

    public byte[] toBytes() {
        return Canonical.bytes(toJson());
    }

    /** What arrived, with the address it claimed; {@link Envelope#open} checks the claim. */
    public record Claimed(String address, SignedPattern pattern) {
    }

    /** Reads the travelling form; a malformed one is an IOException that says what is wrong. */
    public static Claimed parse(byte[] json) throws IOException {
        if (json.length > MAX_BODY_BYTES * 2) {
            throw new IOException("a shared pattern is at most " + MAX_BODY_BYTES + " bytes; this is " + json.length);
        }
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (IOException e) {
            throw new IOException("not a shared pattern: the file is not JSON");
        }
        if (n == null || !n.isObject() || !n.path("address").isTextual() || !n.path("body").isTextual()
                || !n.path("signature").isTextual() || n.size() != 3) {
            throw new IOException("not a shared pattern: expected exactly {address, body, signature}");
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            return new Claimed(n.path("address").asText(),
                    new SignedPattern(b64.decode(n.path("body").asText()), b64.decode(n.path("signature").asText())));
        } catch (IllegalArgumentException e) {
            throw new IOException("not a shared pattern: body or signature is not base64url");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedPattern p && Arrays.equals(body, p.body) && Arrays.equals(signature, p.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(body) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "SignedPattern[" + address() + "]";
    }
}
