package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the socket's front end, {@link LineFramer} then {@link JsonRpcCodec}, against an oracle:
 * the frames must be exactly the input split at newlines (lines over the cap reported by size,
 * never returned), decoding never throws, every rejection carries a JSON-RPC code the contract
 * allows, and every reply encodes to one line of valid JSON.
 *
 * <p>Under plain {@code mvn verify} Jazzer only replays the seeds in
 * {@code FramingFuzzTestInputs/}; {@link #seededRandomInputs} adds a few hundred fresh inputs
 * from a fixed seed so each run exercises more than the seeds. {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class FramingFuzzTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonRpcCodec CODEC = new JsonRpcCodec();
    private static final Set<ErrorCode> DECODE_ERRORS = Set.of(ErrorCode.PARSE_ERROR, ErrorCode.INVALID_REQUEST,
            ErrorCode.INVALID_PARAMS);
    private static final String[] FRAGMENTS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\r\n", " ", "\u0000",
        "\"jsonrpc\"", "\"2.0\"", "\"id\"", "\"method\"", "\"params\"", "\"ping\"", "\"auth\"", "\"token\"", "null", "true",
        "1", "-0", "1.5e308", "1e400", "123456789012345678901234567890", "\"\\ud800\"", "\"\\u0000\"", "é", "\uffff",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"};

    @FuzzTest(maxDuration = "20s")
    void framingAndDecoding(FuzzedDataProvider data) {
        int max = data.consumeInt(1, 4096);
        int readSize = data.consumeInt(1, 64 * 1024);
        check(data.consumeRemainingAsBytes(), max, readSize);
    }

    @Test
    void seededRandomInputs() {
        Random r = new Random(0x6d7963656cL);
        for (int i = 0; i < 400; i++) {
            byte[] input = switch (i % 4) {
                case 0 -> randomBytes(r, r.nextInt(3000));
                case 1 -> fragments(r, 1 + r.nextInt(200));
                case 2 -> mutate(r, fragments(r, 1 + r.nextInt(40)));
                default -> deep(r);
            };
            check(input, 1 + r.nextInt(2048), 1 + r.nextInt(8192));
        }
    }

    @Test
    void capIsExactAndOversizedLinesAreReportedBySize() {
        byte[] input = ("a".repeat(100) + "\n" + "b".repeat(101) + "\n\n" + "c".repeat(5000) + "\nend").getBytes(StandardCharsets.US_ASCII);
        List<Frame> frames = check(input, 100, 7);
        assertThat(frames).hasSize(5);
        assertThat(((Frame.Line) frames.get(0)).bytes()).hasSize(100);
        assertThat(frames.get(1)).isEqualTo(new Frame.Oversized(101));
        assertThat(((Frame.Line) frames.get(2)).bytes()).isEmpty();
        assertThat(frames.get(3)).isEqualTo(new Frame.Oversized(5000));
        assertThat(frames.get(4)).isInstanceOf(Frame.End.class);
    }

    /** Runs one input through framer and codec, checks every property, returns the frames. */
    static List<Frame> check(byte[] input, int max, int readSize) {
        LineFramer framer = new LineFramer(new TrickleChannel(input, readSize), max);
        List<Frame> frames = new ArrayList<>();
        try {
            for (Frame f = framer.next(); ; f = framer.next()) {
                frames.add(f);
                if (f instanceof Frame.End) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Frame> expected = oracle(input, max);
        assertThat(frames).hasSize(expected.size());
        for (int i = 0; i < frames.size(); i++) {
            Frame got = frames.get(i);
            Frame want = expected.get(i);
            switch (got) {
                case Frame.Line line -> {
                    assertThat(want).isInstanceOf(Frame.Line.class);
                    assertThat(line.bytes()).hasSizeLessThanOrEqualTo(max).isEqualTo(((Frame.Line) want).bytes());
                    decodeAndEncode(line.bytes());
                }
                case Frame.Oversized big -> {
                    assertThat(big).isEqualTo(want);
                    assertThat(big.droppedBytes()).isGreaterThan(max);
                }
                case Frame.End end -> assertThat(want).isInstanceOf(Frame.End.class);
            }
        }
        return frames;
    }

    private static void decodeAndEncode(byte[] line) {
        Incoming in = CODEC.decode(line);
        byte[] reply = switch (in) {
            case Incoming.Invalid bad -> {
                assertThat(DECODE_ERRORS).contains(bad.error().code());
                assertThat(bad.error().message()).isNotBlank().doesNotContain("com.fasterxml").doesNotContain("Exception");
                assertThat(bad.id()).isNotNull();
                assertThat(bad.id().isNull() || bad.id().isTextual() || bad.id().isIntegralNumber()).isTrue();
                yield CODEC.error(bad.id(), bad.error());
            }
            case Incoming.Request req -> {
                assertThat(req.method()).isNotEmpty();
                assertThat(req.id().isTextual() || req.id().isIntegralNumber()).isTrue();
                assertThat(req.params().isObject()).isTrue();
                yield CODEC.result(req.id(), JsonNodeFactory.instance.textNode(req.method()));
            }
            case Incoming.Notification note -> {
                assertThat(note.method()).isNotEmpty();
                assertThat(note.params().isObject()).isTrue();
                yield CODEC.notification(note.method(), note.params());
            }
        };
        assertThat(reply[reply.length - 1]).isEqualTo((byte) '\n');
        for (int i = 0; i < reply.length - 1; i++) {
            assertThat(reply[i]).as("a reply is one line").isNotEqualTo((byte) '\n');
        }
        try {
            JsonNode back = PLAIN.readTree(Arrays.copyOf(reply, reply.length - 1));
            assertThat(back.path("jsonrpc").asText()).isEqualTo("2.0");
        } catch (IOException e) {
            throw new AssertionError("reply is not JSON: " + new String(reply, StandardCharsets.UTF_8), e);
        }
    }

    /** The input split at newlines; segments over the cap become Oversized, an unterminated tail is dropped. */
    private static List<Frame> oracle(byte[] input, int max) {
        List<Frame> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\n') {
                int len = i - start;
                out.add(len > max ? new Frame.Oversized(len) : new Frame.Line(Arrays.copyOfRange(input, start, i)));
                start = i + 1;
            }
        }
        out.add(new Frame.End());
        return out;
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] fragments(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutate(Random r, byte[] b) {
        for (int i = 0; i < 1 + r.nextInt(4) && b.length > 0; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }

    private static byte[] deep(Random r) {
        int depth = 1 + r.nextInt(200);
        String open = r.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return (open.repeat(depth) + "1" + close.repeat(depth) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Hands out at most {@code readSize} bytes per read, as a slow socket would. */
    private static final class TrickleChannel implements ReadableByteChannel {
        private final ByteBuffer data;
        private final int readSize;

        TrickleChannel(byte[] bytes, int readSize) {
            this.data = ByteBuffer.wrap(bytes);
            this.readSize = readSize;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (!data.hasRemaining()) {
                return -1;
            }
            int n = Math.min(Math.min(readSize, dst.remaining()), data.remaining());
            ByteBuffer slice = data.slice(data.position(), n);
            dst.put(slice);
            data.position(data.position() + n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
