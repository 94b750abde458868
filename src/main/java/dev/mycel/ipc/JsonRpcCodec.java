package dev.mycel.ipc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one line into a JSON-RPC 2.0 message and encodes replies. Strict: UTF-8 only, bounded
 * nesting, no duplicate keys, ids that are strings or numbers, no batches (each line is one call).
 */
public final class JsonRpcCodec {
    private static final int MAX_DEPTH = 32;

    private final ObjectMapper mapper;

    public JsonRpcCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(8 << 20).maxNumberLength(100).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public Incoming decode(byte[] line) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return invalid(NullNode.getInstance(), ErrorCode.PARSE_ERROR, "message is not valid UTF-8");
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return invalid(NullNode.getInstance(), ErrorCode.PARSE_ERROR,
                    "message is not valid JSON (" + shortReason(e) + ")");
        }
        return classify(node);
    }

    private static Incoming classify(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            // a blank line is no JSON text at all (RFC 8259 needs a value), so it is a parse error
            return invalid(NullNode.getInstance(), ErrorCode.PARSE_ERROR, "empty message; send one JSON object per line");
        }
        if (node.isArray()) {
            return invalid(NullNode.getInstance(), ErrorCode.INVALID_REQUEST,
                    "batches are not supported; send one JSON-RPC object per line");
        }
        if (!node.isObject()) {
            return invalid(NullNode.getInstance(), ErrorCode.INVALID_REQUEST, "a message must be a JSON object");
        }
        JsonNode id = node.get("id");
        boolean hasId = id != null;
        if (hasId && !(id.isTextual() || id.isIntegralNumber())) {
            return invalid(NullNode.getInstance(), ErrorCode.INVALID_REQUEST, "id must be a string or an integer");
        }
        JsonNode replyId = hasId ? id : NullNode.getInstance();
        if (!"2.0".equals(node.path("jsonrpc").textValue())) {
            return invalid(replyId, ErrorCode.INVALID_REQUEST, "jsonrpc must be \"2.0\"");
        }
        JsonNode method = node.get("method");
        if (method == null || !method.isTextual() || method.asText().isEmpty()) {
            return invalid(replyId, ErrorCode.INVALID_REQUEST, "method must be a non-empty string");
        }
        JsonNode params = node.get("params");
        if (params != null && !params.isObject()) {
            return invalid(replyId, ErrorCode.INVALID_PARAMS, "params must be an object");
        }
        JsonNode p = params == null ? JsonNodeFactory.instance.objectNode() : params;
        return hasId ? new Incoming.Request(id, method.asText(), p) : new Incoming.Notification(method.asText(), p);
    }

    public byte[] result(JsonNode id, JsonNode result) {
        ObjectNode out = envelope(id);
        out.set("result", result);
        return line(out);
    }

    public byte[] error(JsonNode id, RpcError error) {
        ObjectNode out = envelope(id);
        ObjectNode err = out.putObject("error");
        err.put("code", error.code().code());
        err.put("message", error.message());
        if (error.data() != null) {
            err.set("data", error.data());
        }
        return line(out);
    }

    public byte[] notification(String method, JsonNode params) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("jsonrpc", "2.0");
        out.put("method", method);
        out.set("params", params);
        return line(out);
    }

    private static ObjectNode envelope(JsonNode id) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("jsonrpc", "2.0");
        out.set("id", id == null ? NullNode.getInstance() : id);
        return out;
    }

    private byte[] line(ObjectNode node) {
        try {
            byte[] body = mapper.writeValueAsBytes(node);
            byte[] out = new byte[body.length + 1];
            System.arraycopy(body, 0, out, 0, body.length);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a reply", e);
        }
    }

    private static Incoming invalid(JsonNode id, ErrorCode code, String message) {
        return new Incoming.Invalid(id, RpcError.of(code, message));
    }

    private static String shortReason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "syntax error";
        }
        // Jackson quotes the offending token; it could be a secret the client mistyped, so drop it.
        // It also names its own classes and settings in backticks: internals the client has no use for.
        m = m.lines().findFirst().orElse("syntax error").replaceAll("'[^']*'", "'…'")
                .replaceAll("`[^`]*`", "…").replaceAll("\\b(?:com|java|jdk|dev)\\.[\\w.$]+", "…");
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
