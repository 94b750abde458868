package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T7: slow clients cannot hold connections forever. With short timeouts from the config, an
 * idle connection, one that never authenticates, one dribbling a byte a second and one that
 * stops reading its replies are all closed, while a client that keeps talking stays.
 */
@Tag("T7")
class T7_SlowlorisTest {
    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @Test
    void T7_idleConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        rt.config("[ipc]\nidle_timeout_seconds = 2\nline_timeout_seconds = 30\n").start();
        RawClient idle = rt.authedClient();
        RawClient busy = rt.authedClient();
        long start = System.nanoTime();
        JsonNode closed = null;
        while (closed == null && elapsedMs(start) < 8000) {
            assertThat(busy.call("ping").path("result").asText()).as("a talking client stays").isEqualTo("pong");
            closed = idle.next(Duration.ofMillis(400));
        }
        long ms = elapsedMs(start);
        assertThat(RawClient.isClosed(closed)).as("idle connection closed within 8 s").isTrue();
        assertThat(ms).as("not before the 2 s timeout").isGreaterThanOrEqualTo(1900);
        assertThat(busy.call("ping").path("result").asText()).isEqualTo("pong");
    }

    @Test
    void T7_connectionThatNeverAuthenticatesIsClosedAfterTheLineTimeout() throws Exception {
        rt.config("[ipc]\nidle_timeout_seconds = 600\nline_timeout_seconds = 1\n").start();
        RawClient lurker = rt.client();
        assertThat(lurker.call("ping").path("result").asText()).isEqualTo("pong");
        long start = System.nanoTime();
        assertThat(RawClient.isClosed(lurker.next(Duration.ofSeconds(6)))).isTrue();
        assertThat(elapsedMs(start)).isGreaterThanOrEqualTo(900);
    }

    @Test
    void T7_dribblingAByteASecondIsClosedAfterTheLineTimeout() throws Exception {
        rt.config("[ipc]\nidle_timeout_seconds = 600\nline_timeout_seconds = 2\n").start();
        RawClient slow = rt.authedClient();
        byte[] request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\"}\n".getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        JsonNode seen = null;
        int sent = 0;
        try {
            while (sent < request.length && seen == null) {
                slow.sendRaw(new byte[] {request[sent++]});
                seen = slow.next(Duration.ofSeconds(1));
            }
        } catch (IOException broken) {
            seen = slow.next(Duration.ofSeconds(2));
        }
        long ms = elapsedMs(start);
        assertThat(RawClient.isClosed(seen)).as("closed mid-line, got %s after %d bytes", seen, sent).isTrue();
        assertThat(sent).as("bytes dribbled before the close").isBetween(2, 8);
        assertThat(ms).isBetween(1900L, 8000L);
        assertThat(rt.authedClient().call("status").has("result")).isTrue();
    }

    @Test
    void T7_clientThatStopsReadingIsClosed() throws Exception {
        rt.config("[ipc]\nidle_timeout_seconds = 600\nline_timeout_seconds = 2\nrequests_per_minute = 1000000\n").start();
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(rt.places().socket()));
        // authenticated, so only the stalled write (not "no auth in time") can end it
        ch.write(ByteBuffer.wrap(("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"auth\",\"params\":{\"token\":\""
                + rt.token() + "\"}}\n").getBytes(StandardCharsets.US_ASCII)));
        assertThat(readLine(ch)).contains("sessionId");
        byte[] ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n".repeat(200).getBytes(StandardCharsets.US_ASCII);
        // keep asking, never read: the runtime's replies back up until its write blocks
        CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> {
            long written = 0;
            try {
                while (written < 500L << 20) {
                    written += ch.write(ByteBuffer.wrap(ping));
                }
            } catch (IOException closedByPeer) {
                return written;
            }
            return -1L;
        }, r -> Thread.ofVirtual().start(r));
        long written = writer.get(15, TimeUnit.SECONDS);
        ch.close();
        assertThat(written).as("the runtime hung up on a client that does not read").isPositive();
        assertThat(rt.client().call("ping").path("result").asText()).isEqualTo("pong");
    }

    private static String readLine(SocketChannel ch) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        StringBuilder sb = new StringBuilder();
        while (ch.read(one) > 0) {
            char c = (char) one.get(0);
            one.clear();
            if (c == '\n') {
                break;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
