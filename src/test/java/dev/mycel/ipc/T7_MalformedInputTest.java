package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T7: a corpus of malformed lines, each sent to the real runtime over the socket by an
 * authenticated client. Each gets exactly the JSON-RPC error INTERFACES.md names, no reply
 * carries a stack trace or a Java class name, and a ping on the same connection still works.
 */
@Tag("T7")
class T7_MalformedInputTest {
    private static final int PARSE = -32700;
    private static final int INVALID = -32600;
    private static final int NO_METHOD = -32601;
    private static final int BAD_PARAMS = -32602;
    /** No reply at all: a notification, which JSON-RPC forbids answering. */
    private static final int SILENT = 0;

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    record Case(String name, byte[] line, int code) {
    }

    @Test
    void T7_malformedCorpusGetsTheRightErrorsAndTheDaemonKeepsAnswering() throws Exception {
        rt.config("[ipc]\nrequests_per_minute = 100000\n").start();
        RawClient c = rt.authedClient();
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Case k : corpus()) {
            String pingId = "ping-" + n++;
            byte[] ping = ("{\"jsonrpc\":\"2.0\",\"id\":\"" + pingId + "\",\"method\":\"ping\"}\n").getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(k.line());
            out.write('\n');
            out.write(ping);
            c.sendRaw(out.toByteArray());
            List<JsonNode> before = new ArrayList<>();
            JsonNode pong = null;
            while (pong == null) {
                JsonNode m = c.next(Duration.ofSeconds(10));
                if (m == null || RawClient.isClosed(m)) {
                    throw new AssertionError(k.name() + ": the runtime " + (m == null ? "went silent" : "hung up")
                            + " (replies so far " + before + ")");
                }
                if (pingId.equals(m.path("id").asText()) && m.has("result")) {
                    pong = m;
                } else {
                    before.add(m);
                }
            }
            assertThat(pong.path("result").asText()).isEqualTo("pong");
            String text = before.toString();
            if (k.code() == SILENT ? !before.isEmpty()
                    : before.size() != 1 || RawClient.errorCode(before.get(0)) != k.code()) {
                wrong.add(k.name() + ": expected " + k.code() + ", got " + text);
            }
            for (String leak : List.of("Exception", "\tat ", "at com.", "at java.", "at dev.", "com.fasterxml", "jackson",
                    "java.lang", "dev.mycel")) {
                if (text.contains(leak)) {
                    wrong.add(k.name() + ": reply shows internals (" + leak + "): " + text);
                }
            }
            if (!before.isEmpty() && !before.get(0).path("error").path("message").isTextual()) {
                wrong.add(k.name() + ": error without a message: " + text);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rt.client().call("ping").path("result").asText()).as("a fresh connection is served too").isEqualTo("pong");
        assertThat(rt.log()).as("nothing reached the unexpected-failure path").doesNotContain("incident");
    }

    @Test
    void T7_invalidRequestsEchoTheIdWhenItCouldBeRead() throws Exception {
        rt.start();
        RawClient c = rt.authedClient();
        c.sendLine("{\"jsonrpc\":\"1.0\",\"id\":\"mine\",\"method\":\"ping\"}");
        assertThat(c.next(Duration.ofSeconds(10)).path("id").asText()).isEqualTo("mine");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":5}");
        assertThat(c.next(Duration.ofSeconds(10)).path("id").asInt()).isEqualTo(77);
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"ping\"}");
        assertThat(c.next(Duration.ofSeconds(10)).path("id").isNull()).isTrue();
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"ping\"}");
        JsonNode huge = c.next(Duration.ofSeconds(10));
        assertThat(huge.path("result").asText()).isEqualTo("pong");
        assertThat(huge.path("id").bigIntegerValue()).isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":\"\\ud800\",\"method\":\"ping\"}");
        JsonNode lone = c.next(Duration.ofSeconds(10));
        assertThat(lone).as("a lone surrogate as id").isNotNull();
        assertThat(RawClient.isClosed(lone)).isFalse();
        assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
    }

    private static List<Case> corpus() {
        List<Case> cs = new ArrayList<>();
        // bytes that are not UTF-8
        cs.add(bytes("invalid utf-8 0xff", PARSE, 0xff, 0xfe, '{', '}'));
        cs.add(bytes("overlong encoding of '/'", PARSE, '{', '"', 0xc0, 0xaf, '"', ':', '1', '}'));
        cs.add(bytes("truncated multi-byte sequence", PARSE, '"', 0xe2, 0x82, '"'));
        cs.add(bytes("utf-8 encoded surrogate", PARSE, '"', 0xed, 0xa0, 0x80, '"'));
        cs.add(bytesAround("invalid utf-8 inside a param",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"redact\",\"params\":{\"text\":\"", PARSE, "\"}}", 0xff));
        cs.add(bytes("latin-1 e acute", PARSE, '"', 0xe9, '"'));
        // not JSON at all
        cs.add(text("empty line", "", PARSE));
        cs.add(text("only whitespace", "   \t  ", PARSE));
        cs.add(text("plain words", "hello runtime", PARSE));
        cs.add(text("unterminated object", "{\"jsonrpc\":\"2.0\",\"id\":1", PARSE));
        cs.add(text("lone brace", "{", PARSE));
        cs.add(text("closing brace", "}", PARSE));
        cs.add(text("unterminated string", "{\"jsonrpc\":\"2.0", PARSE));
        cs.add(text("single quotes", "{'jsonrpc':'2.0','id':1,'method':'ping'}", PARSE));
        cs.add(text("unquoted keys", "{jsonrpc:\"2.0\",id:1,method:\"ping\"}", PARSE));
        cs.add(text("comment", "/* hi */{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", PARSE));
        cs.add(text("trailing comma", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",}", PARSE));
        cs.add(text("NaN id", "{\"jsonrpc\":\"2.0\",\"id\":NaN,\"method\":\"ping\"}", PARSE));
        cs.add(text("leading zero", "{\"jsonrpc\":\"2.0\",\"id\":012,\"method\":\"ping\"}", PARSE));
        cs.add(text("hex number", "{\"jsonrpc\":\"2.0\",\"id\":0x10,\"method\":\"ping\"}", PARSE));
        cs.add(text("number of 1000 digits", "{\"jsonrpc\":\"2.0\",\"id\":" + "9".repeat(1000) + ",\"method\":\"ping\"}", PARSE));
        cs.add(text("two objects on a line", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} {\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}", PARSE));
        cs.add(text("trailing garbage", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x", PARSE));
        cs.add(text("byte order mark", "\ufeff{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", PARSE));
        // nesting
        cs.add(text("100k open brackets", "[".repeat(100_000), PARSE));
        cs.add(text("100k balanced brackets", "[".repeat(100_000) + "]".repeat(100_000), PARSE));
        cs.add(text("100k nested objects", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), PARSE));
        cs.add(text("40 levels inside params", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"a\":"
                + "[".repeat(40) + "]".repeat(40) + "}}", PARSE));
        // duplicate keys
        cs.add(text("duplicate method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"method\":\"shutdown\"}", PARSE));
        cs.add(text("duplicate id", "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"ping\"}", PARSE));
        cs.add(text("duplicate param", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.resume\",\"params\":"
                + "{\"sessionId\":\"a\",\"sessionId\":\"b\"}}", PARSE));
        // NUL bytes
        cs.add(bytes("NUL alone", PARSE, 0));
        cs.add(bytesAround("raw NUL inside the method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"pi", PARSE, "ng\"}", 0));
        cs.add(bytesAround("NUL after the object", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", PARSE, "", 0));
        cs.add(text("escaped NUL in the method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\\u0000\"}", NO_METHOD));
        cs.add(bytesAround("raw control char in a string", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"pi", PARSE, "ng\"}", 7));
        // JSON, but not a JSON-RPC request
        cs.add(text("batch", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", INVALID));
        cs.add(text("empty batch", "[]", INVALID));
        cs.add(text("batch of numbers", "[1,2,3]", INVALID));
        cs.add(text("a string", "\"ping\"", INVALID));
        cs.add(text("a number", "42", INVALID));
        cs.add(text("a huge number", "1e999999", INVALID));
        cs.add(text("null", "null", INVALID));
        cs.add(text("true", "true", INVALID));
        cs.add(text("empty object", "{}", INVALID));
        cs.add(text("missing jsonrpc", "{\"id\":1,\"method\":\"ping\"}", INVALID));
        cs.add(text("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}", INVALID));
        cs.add(text("jsonrpc as number", "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}", INVALID));
        cs.add(text("jsonrpc null", "{\"jsonrpc\":null,\"id\":1,\"method\":\"ping\"}", INVALID));
        cs.add(text("missing method", "{\"jsonrpc\":\"2.0\",\"id\":1}", INVALID));
        cs.add(text("number as method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}", INVALID));
        cs.add(text("null method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":null}", INVALID));
        cs.add(text("array method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":[\"ping\"]}", INVALID));
        cs.add(text("object method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":{\"name\":\"ping\"}}", INVALID));
        cs.add(text("boolean method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":true}", INVALID));
        cs.add(text("empty method", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\"}", INVALID));
        cs.add(text("number method without id", "{\"jsonrpc\":\"2.0\",\"method\":5}", INVALID));
        cs.add(text("null id", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", INVALID));
        cs.add(text("fractional id", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", INVALID));
        cs.add(text("huge float id", "{\"jsonrpc\":\"2.0\",\"id\":1e400,\"method\":\"ping\"}", INVALID));
        cs.add(text("boolean id", "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}", INVALID));
        cs.add(text("object id", "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}", INVALID));
        cs.add(text("array id", "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"ping\"}", INVALID));
        // params of the wrong shape, and every field of the auth-side methods with the wrong type
        cs.add(text("params string", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":\"x\"}", BAD_PARAMS));
        cs.add(text("params array", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":[1,2]}", BAD_PARAMS));
        cs.add(text("params null", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":null}", BAD_PARAMS));
        cs.add(text("params number", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":5}", BAD_PARAMS));
        for (String v : List.of("5", "true", "null", "1.5", "[]", "{}", "[\"x\"]", "1e999999")) {
            cs.add(text("auth token = " + v, request("auth", "{\"token\":" + v + "}"), BAD_PARAMS));
            cs.add(text("session.resume sessionId = " + v, request("session.resume", "{\"sessionId\":" + v + "}"), BAD_PARAMS));
            cs.add(text("action.confirm actionId = " + v, request("action.confirm", "{\"actionId\":" + v + ",\"approve\":true}"),
                    BAD_PARAMS));
            cs.add(text("approvals.revoke id = " + v, request("approvals.revoke", "{\"id\":" + v + "}"), BAD_PARAMS));
        }
        for (String v : List.of("\"yes\"", "1", "[]", "{}")) {
            cs.add(text("action.confirm approve = " + v, request("action.confirm", "{\"actionId\":\"a1\",\"approve\":" + v + "}"),
                    BAD_PARAMS));
        }
        cs.add(text("auth without token", request("auth", "{}"), BAD_PARAMS));
        cs.add(text("auth with an extra field", request("auth", "{\"token\":\"x\",\"sessionId\":\"y\"}"), BAD_PARAMS));
        cs.add(text("resume without sessionId", request("session.resume", "{}"), BAD_PARAMS));
        cs.add(text("resume with an extra field", request("session.resume", "{\"sessionId\":\"x\",\"uid\":0}"), BAD_PARAMS));
        // methods that do not exist
        cs.add(text("unknown method", request("nope", "{}"), NO_METHOD));
        cs.add(text("10k-char method", request("m".repeat(10_000), "{}"), NO_METHOD));
        cs.add(text("method with a newline escape", request("ping\\n", "{}"), NO_METHOD));
        cs.add(text("method in another case", request("PING", "{}"), NO_METHOD));
        // well-formed notifications get no answer, even for unknown or privileged methods
        cs.add(text("notification ping", "{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}", SILENT));
        cs.add(text("notification shutdown", "{\"jsonrpc\":\"2.0\",\"method\":\"shutdown\"}", SILENT));
        cs.add(text("notification unknown", "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"params\":{}}", SILENT));
        return cs;
    }

    private static String request(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    private static Case text(String name, String line, int code) {
        return new Case(name, line.getBytes(StandardCharsets.UTF_8), code);
    }

    private static Case bytes(String name, int code, int... raw) {
        byte[] b = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            b[i] = (byte) raw[i];
        }
        return new Case(name, b, code);
    }

    private static Case bytesAround(String name, String head, int code, String tail, int... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        for (int r : raw) {
            out.write(r);
        }
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return new Case(name, out.toByteArray(), code);
    }
}
