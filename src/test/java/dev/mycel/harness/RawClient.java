package dev.mycel.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test client that speaks raw bytes to the runtime's socket, so tests can send anything a
 * hostile client would. A reader thread queues every line the runtime sends.
 */
public final class RawClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CLOSED = JSON.createObjectNode().put("closed", true);

    private final SocketChannel channel;
    private final BlockingQueue<JsonNode> incoming = new ArrayBlockingQueue<>(10_000);
    private long nextId = 1;

    private RawClient(SocketChannel channel) {
        this.channel = channel;
        Thread.ofVirtual().start(this::readLoop);
    }

    public static RawClient connect(Path socket) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        return new RawClient(ch);
    }

    public void sendRaw(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    public void sendLine(String line) throws IOException {
        sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request and returns the next message with its id (notifications are skipped). */
    public JsonNode call(String method, JsonNode params) throws IOException {
        long id = nextId++;
        ObjectNode req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            req.set("params", params);
        }
        sendLine(JSON.writeValueAsString(req));
        while (true) {
            JsonNode msg = next(Duration.ofSeconds(20));
            if (msg == null || msg == CLOSED || msg.has("id")) {
                return msg;
            }
        }
    }

    public JsonNode call(String method) throws IOException {
        return call(method, null);
    }

    public JsonNode auth(String token) throws IOException {
        return call("auth", JSON.createObjectNode().put("token", token));
    }

    /** The next message the runtime sent, {@link #isClosed} when it closed, or null on timeout. */
    public JsonNode next(Duration timeout) {
        try {
            return incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public static boolean isClosed(JsonNode msg) {
        return msg == CLOSED;
    }

    public static int errorCode(JsonNode msg) {
        return msg == null ? 0 : msg.path("error").path("code").asInt();
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    private void readLoop() {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        StringBuilder line = new StringBuilder();
        try {
            while (channel.read(buf) >= 0) {
                buf.flip();
                String chunk = StandardCharsets.UTF_8.decode(buf).toString();
                buf.clear();
                for (char c : chunk.toCharArray()) {
                    if (c == '\n') {
                        incoming.offer(JSON.readTree(line.toString()));
                        line.setLength(0);
                    } else {
                        line.append(c);
                    }
                }
            }
        } catch (IOException ignored) {
            // closed by either side
        }
        incoming.offer(CLOSED);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
