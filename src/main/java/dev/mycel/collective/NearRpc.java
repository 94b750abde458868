package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A NEAR node's JSON-RPC 2.0 API (POST to the root): {@code query} with {@code call_function}
 * for a contract's view methods and {@code view_access_key} for a key's nonce and a recent block
 * hash, and {@code broadcast_tx_commit} for a signed transaction. Errors come back either as a
 * JSON-RPC {@code error} or, from older nodes for a failed view call, as {@code result.error};
 * both are IOExceptions naming what the node said.
 */
final class NearRpc {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final BoundedHttp http;
    private final AtomicLong ids = new AtomicLong();

    /** What {@code view_access_key} told us. */
    record AccessKey(long nonce, byte[] blockHash) {
    }

    NearRpc(String url, Duration timeout) {
        this.base = BoundedHttp.base(url);
        // a view result is JSON in a JSON array of byte values, about four times its own size
        this.http = new BoundedHttp(timeout, 4 * 1024 * 1024);
    }

    /** Calls view method {@code method} of {@code contract} with {@code args}; returns the parsed JSON it returned. */
    JsonNode view(String contract, String method, ObjectNode args) throws IOException {
        ObjectNode params = JSON.createObjectNode().put("request_type", "call_function").put("finality", "final")
                .put("account_id", contract).put("method_name", method)
                .put("args_base64", Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(args)));
        JsonNode result = call("query", params);
        JsonNode bytes = result.path("result");
        if (!bytes.isArray()) {
            throw new IOException("NEAR answered " + method + " without a result");
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            int b = bytes.get(i).asInt(-1);
            if (!bytes.get(i).isInt() || b < 0 || b > 255) {
                throw new IOException("NEAR's result for " + method + " is not an array of bytes");
            }
            out[i] = (byte) b;
        }
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new IOException("the contract's " + method + " did not return JSON");
        }
    }

    AccessKey accessKey(String account, AuthorKey key) throws IOException {
        ObjectNode params = JSON.createObjectNode().put("request_type", "view_access_key").put("finality", "final")
                .put("account_id", account).put("public_key", publicKeyText(key));
        JsonNode r = call("query", params);
        if (!r.path("nonce").canConvertToLong() || !r.path("block_hash").isTextual()) {
            throw new IOException("NEAR's view_access_key answer has no nonce or block_hash");
        }
        byte[] hash;
        try {
            hash = Base58.decode(r.path("block_hash").asText());
        } catch (IllegalArgumentException e) {
            throw new IOException("NEAR's block_hash is " + e.getMessage());
        }
        if (hash.length != 32) {
            throw new IOException("NEAR's block_hash has " + hash.length + " bytes, not 32");
        }
        return new AccessKey(r.path("nonce").asLong(), hash);
    }

    /** Sends a borsh SignedTransaction and waits for its outcome; a failed one is an IOException. */
    JsonNode broadcastCommit(byte[] signedTransaction) throws IOException {
        JsonNode r = call("broadcast_tx_commit", JSON.createArrayNode().add(Base64.getEncoder().encodeToString(signedTransaction)));
        JsonNode status = r.path("status");
        if (!status.has("SuccessValue")) {
            throw new IOException("the NEAR transaction failed: " + clip(status.toString()));
        }
        return r;
    }

    /** NEAR writes an Ed25519 key as {@code ed25519:} and the base58 of its 32 bytes. */
    static String publicKeyText(AuthorKey key) {
        return "ed25519:" + Base58.encode(key.raw());
    }

    private JsonNode call(String method, JsonNode params) throws IOException {
        ObjectNode req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", "mycel-" + ids.incrementAndGet()).put("method", method);
        req.set("params", params);
        BoundedHttp.Response r = http.post(base, "application/json", JSON.writeValueAsBytes(req));
        JsonNode n;
        try {
            n = JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IOException("NEAR answered " + method + " with " + r.status() + " and no JSON");
        }
        if (n == null || !n.isObject()) {
            throw new IOException("NEAR answered " + method + " with " + r.status() + " and no JSON object");
        }
        if (n.has("error")) {
            JsonNode e = n.path("error");
            throw new IOException("NEAR refused " + method + ": " + clip(e.path("cause").path("name").asText(e.path("name").asText(""))
                    + " " + e.path("data").asText(e.path("message").asText(""))));
        }
        JsonNode result = n.path("result");
        if (!result.isObject()) {
            throw new IOException("NEAR answered " + method + " without a result");
        }
        if (result.has("error")) {
            throw new IOException("NEAR refused " + method + ": " + clip(result.path("error").asText()));
        }
        return result;
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
