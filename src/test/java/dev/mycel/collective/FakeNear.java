package dev.mycel.collective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake NEAR node on 127.0.0.1 speaking JSON-RPC 2.0 as nearcore does for what Mycel uses, with
 * the registry contract deployed on it: {@code query} (call_function get_pattern / list_patterns,
 * answered with the JSON return value as an array of byte values; view_access_key, answered
 * {nonce, permission, block_height, block_hash}) and {@code broadcast_tx_commit}. A transaction is
 * decoded from Borsh here, independently of Mycel's writer, and refused (as nearcore does, with a
 * HANDLER_ERROR / INVALID_TRANSACTION) unless its Ed25519 signature over the SHA-256 of the
 * Transaction verifies with the key inside it, that key is the account's access key, its nonce is
 * the next one, its block hash is the current one, and it calls publish_pattern on the contract
 * without a deposit. The args of every accepted call are recorded. It is a fake: one block, no
 * gas accounting, no receipts.
 */
final class FakeNear implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    record Entry(String address, String cid, String author) {
    }

    record Call(String signer, long nonce, String method, JsonNode args, long gas) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final String contract;
    private final String account;
    private final String accessKey;
    private final byte[] blockHash = new byte[32];
    private long nonce;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    FakeNear(String contract, String account, AuthorKey key, long nonce) throws IOException {
        this.contract = contract;
        this.account = account;
        this.accessKey = "ed25519:" + Base58.encode(raw(key));
        this.nonce = nonce;
        new java.security.SecureRandom().nextBytes(blockHash);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }

    synchronized long nonce() {
        return nonce;
    }

    /** Writes the index directly, as a hostile or broken publisher could. */
    synchronized void index(String address, String cid, String author) {
        entries.put(address, new Entry(address, cid, author));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            JsonNode req = JSON.readTree(ex.getRequestBody().readAllBytes());
            ObjectNode out = JSON.createObjectNode().put("jsonrpc", "2.0");
            out.set("id", req.path("id"));
            try {
                out.set("result", switch (req.path("method").asText()) {
                    case "query" -> query(req.path("params"));
                    case "broadcast_tx_commit" -> broadcast(req.path("params"));
                    default -> throw new Refusal("METHOD_NOT_FOUND", "Method not found", req.path("method").asText());
                });
            } catch (Refusal r) {
                synchronized (this) {
                    refusals.add(r.cause + ": " + r.getMessage());
                }
                ObjectNode e = out.putObject("error");
                e.putObject("cause").put("name", r.cause).putObject("info");
                e.put("code", -32000).put("message", "Server error").put("name", "HANDLER_ERROR").put("data", r.getMessage());
            }
            byte[] bytes = JSON.writeValueAsBytes(out);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        }
    }

    private synchronized JsonNode query(JsonNode p) throws Refusal {
        if (!p.path("finality").asText().equals("final")) {
            throw new Refusal("PARSE_ERROR", "Server error", "finality");
        }
        switch (p.path("request_type").asText()) {
            case "view_access_key" -> {
                if (!p.path("account_id").asText().equals(account) || !p.path("public_key").asText().equals(accessKey)) {
                    throw new Refusal("UNKNOWN_ACCESS_KEY", "Server error", "access key " + p.path("public_key").asText() + " does not exist");
                }
                ObjectNode r = JSON.createObjectNode().put("nonce", nonce).put("permission", "FullAccess")
                        .put("block_height", 1000).put("block_hash", Base58.encode(blockHash));
                return r;
            }
            case "call_function" -> {
                if (!p.path("account_id").asText().equals(contract)) {
                    throw new Refusal("NO_CONTRACT_CODE", "Server error", "no contract at " + p.path("account_id").asText());
                }
                JsonNode args;
                try {
                    args = JSON.readTree(Base64.getDecoder().decode(p.path("args_base64").asText()));
                } catch (IOException | IllegalArgumentException e) {
                    throw new Refusal("CONTRACT_EXECUTION_ERROR", "Server error", "args are not base64 JSON");
                }
                JsonNode value = view(p.path("method_name").asText(), args);
                ObjectNode r = JSON.createObjectNode();
                ArrayNode bytes = r.putArray("result");
                for (byte b : value.toString().getBytes(StandardCharsets.UTF_8)) {
                    bytes.add(b & 0xff);
                }
                r.putArray("logs");
                r.put("block_height", 1000).put("block_hash", Base58.encode(blockHash));
                return r;
            }
            default -> throw new Refusal("PARSE_ERROR", "Server error", "request_type");
        }
    }

    private JsonNode view(String method, JsonNode args) throws Refusal {
        switch (method) {
            case "get_pattern" -> {
                Entry e = entries.get(args.path("address").asText());
                return e == null ? JSON.nullNode() : JSON.createObjectNode().put("cid", e.cid()).put("author", e.author());
            }
            case "list_patterns" -> {
                List<Entry> all = new ArrayList<>(entries.values());
                int from = args.path("from_index").asInt();
                int limit = args.path("limit").asInt();
                ArrayNode out = JSON.createArrayNode();
                for (int i = from; i < Math.min(all.size(), from + limit); i++) {
                    out.addObject().put("address", all.get(i).address()).put("cid", all.get(i).cid());
                }
                return out;
            }
            default -> throw new Refusal("CONTRACT_EXECUTION_ERROR", "Server error", "MethodNotFound: " + method);
        }
    }

    private synchronized JsonNode broadcast(JsonNode params) throws Refusal {
        byte[] signed = Base64.getDecoder().decode(params.path(0).asText());
        ByteBuffer in = ByteBuffer.wrap(signed).order(ByteOrder.LITTLE_ENDIAN);
        try {
            String signer = string(in);
            require(in.get() == 0, "public key type is not ED25519");
            byte[] key = fixed(in, 32);
            long txNonce = in.getLong();
            String receiver = string(in);
            byte[] hash = fixed(in, 32);
            int actions = in.getInt();
            require(actions == 1, "expected one action, got " + actions);
            require(in.get() == 2, "the action is not a FunctionCall");
            String method = string(in);
            byte[] args = fixed(in, in.getInt());
            long gas = in.getLong();
            byte[] deposit = fixed(in, 16);
            int txEnd = in.position();
            require(in.get() == 0, "signature type is not ED25519");
            byte[] signature = fixed(in, 64);
            require(!in.hasRemaining(), "trailing bytes after the signature");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(signed, txEnd));
            Signature v = Signature.getInstance("Ed25519");
            v.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, key))));
            v.update(digest);
            require(v.verify(signature), "InvalidSignature");
            require(signer.equals(account), "signer " + signer + " does not exist");
            require(("ed25519:" + Base58.encode(key)).equals(accessKey), "InvalidAccessKeyError");
            require(txNonce == nonce + 1, "InvalidNonce: " + txNonce + " after " + nonce);
            require(Arrays.equals(hash, blockHash), "InvalidChain / Expired");
            require(receiver.equals(contract), "receiver " + receiver + " is not the registry");
            require(method.equals("publish_pattern"), "MethodNotFound: " + method);
            require(new BigInteger(1, reverse(deposit)).signum() == 0, "publish_pattern takes no deposit");
            JsonNode a = JSON.readTree(args);
            nonce = txNonce;
            calls.add(new Call(signer, txNonce, method, a, gas));
            entries.putIfAbsent(a.path("address").asText(), new Entry(a.path("address").asText(), a.path("cid").asText(), signer));
            ObjectNode r = JSON.createObjectNode();
            r.putObject("status").put("SuccessValue", "");
            r.putObject("transaction").put("signer_id", signer).put("nonce", txNonce).put("receiver_id", receiver)
                    .put("hash", Base58.encode(digest));
            r.putObject("transaction_outcome");
            r.putArray("receipts_outcome");
            return r;
        } catch (java.nio.BufferUnderflowException | IOException | java.security.GeneralSecurityException e) {
            throw new Refusal("INVALID_TRANSACTION", "Server error", "failed to decode transaction: " + e);
        }
    }

    private static void require(boolean ok, String why) throws Refusal {
        if (!ok) {
            throw new Refusal("INVALID_TRANSACTION", "Server error", why);
        }
    }

    private static String string(ByteBuffer in) {
        return new String(fixed(in, in.getInt()), StandardCharsets.UTF_8);
    }

    private static byte[] fixed(ByteBuffer in, int n) {
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] raw(AuthorKey key) {
        return Base64.getUrlDecoder().decode(key.text());
    }

    /** A JSON-RPC error as nearcore reports it: a cause name and a message in data. */
    static final class Refusal extends Exception {
        final String cause;

        Refusal(String cause, String message, String data) {
            super(data);
            this.cause = cause;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
