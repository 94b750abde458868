package dev.mycel.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Asks whether something answers {@code ping} on a socket, within a deadline. */
public final class SocketProbe {
    private SocketProbe() {
    }

    public static boolean answersPing(Path socket, Duration timeout) {
        SocketChannel ch;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        try (ch) {
            CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> exchange(ch),
                    r -> Thread.ofVirtual().start(r));
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean exchange(SocketChannel ch) {
        try {
            ch.write(ByteBuffer.wrap("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n".getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buf = ByteBuffer.allocate(4096);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                String s = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
                if (s.contains("\n")) {
                    return s.contains("\"pong\"");
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
