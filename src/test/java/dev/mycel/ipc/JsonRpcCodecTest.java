package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRpcCodecTest {
    private final JsonRpcCodec codec = new JsonRpcCodec();

    @Test
    void decodesARequest() {
        Incoming in = decode("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"auth\",\"params\":{\"token\":\"t\"}}");
        assertThat(in).isEqualTo(new Incoming.Request(IntNode.valueOf(7), "auth",
                JsonNodeFactory.instance.objectNode().put("token", "t")));
    }

    @Test
    void missingParamsBecomeAnEmptyObject() {
        assertThat(decode("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"ping\"}"))
                .isEqualTo(new Incoming.Request(TextNode.valueOf("a"), "ping", JsonNodeFactory.instance.objectNode()));
    }

    @Test
    void withoutIdItIsANotification() {
        assertThat(decode("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}"))
                .isEqualTo(new Incoming.Notification("ping", JsonNodeFactory.instance.objectNode()));
    }

    @Test
    void rejectionsCarryTheRightCode() {
        assertCode("{\"jsonrpc\":\"2.0\"", ErrorCode.PARSE_ERROR);
        assertCode("", ErrorCode.PARSE_ERROR);
        assertCode("  ", ErrorCode.PARSE_ERROR);
        assertCode("{\"a\":1,\"a\":2}", ErrorCode.PARSE_ERROR);
        assertCode("{} {}", ErrorCode.PARSE_ERROR);
        assertCode("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", ErrorCode.INVALID_REQUEST);
        assertCode("5", ErrorCode.INVALID_REQUEST);
        assertCode("{\"id\":1,\"method\":\"ping\"}", ErrorCode.INVALID_REQUEST);
        assertCode("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", ErrorCode.INVALID_REQUEST);
        assertCode("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\"}", ErrorCode.INVALID_REQUEST);
        assertCode("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}", ErrorCode.INVALID_PARAMS);
    }

    @Test
    void invalidUtf8IsAParseError() {
        Incoming in = codec.decode(new byte[] {'"', (byte) 0xc3, '"'});
        assertThat(in).isEqualTo(new Incoming.Invalid(NullNode.getInstance(),
                RpcError.of(ErrorCode.PARSE_ERROR, "message is not valid UTF-8")));
    }

    @Test
    void nestingIsBounded() {
        String ok = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":" + "[".repeat(29) + "]".repeat(29) + "}}";
        String deep = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}}";
        assertThat(decode(ok)).isInstanceOf(Incoming.Request.class);
        assertCode(deep, ErrorCode.PARSE_ERROR);
    }

    @Test
    void idIsEchoedOnlyWhenItIsUsable() {
        assertThat(((Incoming.Invalid) decode("{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"ping\"}")).id()).isEqualTo(IntNode.valueOf(3));
        assertThat(((Incoming.Invalid) decode("{\"jsonrpc\":\"2.0\",\"id\":[3],\"method\":\"ping\"}")).id()).isEqualTo(NullNode.getInstance());
    }

    @Test
    void parseErrorsDoNotQuoteTheInputBack() {
        String secret = "c0ffee" + "0".repeat(58);
        Incoming in = decode("{\"token\":" + secret + "x}");
        String message = ((Incoming.Invalid) in).error().message();
        assertThat(message).startsWith("message is not valid JSON (").doesNotContain(secret).doesNotContain("c0ffee");
        String trailing = ((Incoming.Invalid) decode("{} {}")).error().message();
        assertThat(trailing).doesNotContain("com.fasterxml").doesNotContain("`");
    }

    @Test
    void encodesResultsErrorsAndNotificationsAsOneLine() {
        assertThat(text(codec.result(IntNode.valueOf(1), TextNode.valueOf("pong"))))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"pong\"}\n");
        assertThat(text(codec.error(null, RpcError.of(ErrorCode.MESSAGE_TOO_LARGE, "too\nlarge"))))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32003,\"message\":\"too\\nlarge\"}}\n");
        assertThat(text(codec.error(TextNode.valueOf("x"), new RpcError(ErrorCode.RATE_LIMITED, "slow down",
                JsonNodeFactory.instance.objectNode().put("retryAfterMs", 600)))))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":-32002,\"message\":\"slow down\","
                        + "\"data\":{\"retryAfterMs\":600}}}\n");
        assertThat(text(codec.notification("chat.delta", JsonNodeFactory.instance.objectNode().put("text", "hi"))))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"chat.delta\",\"params\":{\"text\":\"hi\"}}\n");
    }

    private Incoming decode(String s) {
        return codec.decode(s.getBytes(StandardCharsets.UTF_8));
    }

    private void assertCode(String line, ErrorCode code) {
        assertThat(decode(line)).as(line).isInstanceOfSatisfying(Incoming.Invalid.class,
                bad -> assertThat(bad.error().code()).as(line).isEqualTo(code));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
