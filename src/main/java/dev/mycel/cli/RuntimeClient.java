package dev.mycel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycel.config.Places;
import dev.mycel.ipc.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.function.BiConsumer;

/**
 * An ordinary JSON-RPC client of the runtime's socket: the CLI has no other way in. It reads
 * the token from the token file and never prints it.
 */
public final class RuntimeClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SocketChannel channel;
    private final BufferedReader in;
    private final OutputStream out;
    private final Places places;
    private long nextId = 1;

    /** The runtime is not there; the message says how to start it. */
    public static final class NotRunningException extends IOException {
        NotRunningException(String message) {
            super(message);
        }
    }

    /** The runtime answered with a JSON-RPC error. */
    public static final class RpcException extends IOException {
        private final int code;
        private final transient JsonNode data;

        RpcException(int code, String message, JsonNode data) {
            super(message);
            this.code = code;
            this.data = data;
        }

        public int code() {
            return code;
        }

        public boolean is(ErrorCode expected) {
            return code == expected.code();
        }

        public JsonNode data() {
            return data;
        }
    }

    private RuntimeClient(SocketChannel channel, Places places) {
        this.channel = channel;
        this.places = places;
        this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
        this.out = Channels.newOutputStream(channel);
    }

    public static RuntimeClient connect(Places places) throws NotRunningException {
        try {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(places.socket()));
            return new RuntimeClient(ch, places);
        } catch (IOException e) {
            throw new NotRunningException("Mycel is not running (no socket at " + places.socket() + "); start it with './mycel up'");
        }
    }

    /** Connects and authenticates with the token file's token. */
    public static RuntimeClient open(Places places) throws IOException {
        RuntimeClient c = connect(places);
        try {
            c.authenticate();
            return c;
        } catch (IOException e) {
            c.close();
            throw e;
        }
    }

    public void authenticate() throws IOException {
        String token;
        try {
            token = Files.readString(places.tokenFile()).strip();
        } catch (NoSuchFileException e) {
            throw new NotRunningException("no token file at " + places.tokenFile() + "; is Mycel running? start it with './mycel up'");
        }
        ObjectNode p = JSON.createObjectNode();
        p.put("token", token);
        call("auth", p);
    }

    public JsonNode call(String method, JsonNode params) throws IOException {
        return call(method, params, (m, p) -> { });
    }

    /** Sends one request and waits for its reply, passing notifications that arrive meanwhile on. */
    public JsonNode call(String method, JsonNode params, BiConsumer<String, JsonNode> onNotification) throws IOException {
        long id = nextId++;
        ObjectNode req = JSON.createObjectNode();
        req.put("jsonrpc", "2.0");
        req.put("id", id);
        req.put("method", method);
        if (params != null) {
            req.set("params", params);
        }
        send(req);
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("the runtime closed the connection");
            }
            JsonNode msg = JSON.readTree(line);
            if (!msg.has("id")) {
                onNotification.accept(msg.path("method").asText(), msg.path("params"));
                continue;
            }
            boolean ours = msg.path("id").asLong() == id || msg.path("id").isNull();
            if (!ours) {
                continue; // the answer to something sent meanwhile, e.g. an action.confirm
            }
            if (msg.has("error")) {
                JsonNode e = msg.get("error");
                throw new RpcException(e.path("code").asInt(), e.path("message").asText(), e.get("data"));
            }
            return msg.get("result");
        }
    }

    /** Sends a request without waiting for its answer (e.g. an action.confirm while exec runs). */
    public void sendRequest(String method, JsonNode params) throws IOException {
        ObjectNode req = JSON.createObjectNode();
        req.put("jsonrpc", "2.0");
        req.put("id", nextId++);
        req.put("method", method);
        req.set("params", params);
        send(req);
    }

    private synchronized void send(JsonNode message) throws IOException {
        out.write(JSON.writeValueAsBytes(message));
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to release beyond the socket
        }
    }
}
