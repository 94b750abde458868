package dev.mycel.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mycel.harness.RawClient;
import dev.mycel.harness.RuntimeHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * T7: the 1 MiB line cap is enforced while reading. A longer line gets -32003 and the
 * connection goes on; a 200 MB line without a newline, streamed into a forked daemon, does
 * not grow its resident memory, and the daemon still answers.
 */
@Tag("T7")
class T7_OversizedLineTest {
    private static final int MIB = 1 << 20;
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":\"after\",\"method\":\"ping\"}";

    @RegisterExtension
    final RuntimeHarness rt = new RuntimeHarness();

    @Test
    void T7_lineOverOneMebibyteIsRefusedAndTheConnectionLivesOn() throws Exception {
        rt.start();
        RawClient c = rt.client();
        c.sendRaw(paddedPing(MIB + 1));
        JsonNode big = c.next(Duration.ofSeconds(10));
        assertThat(RawClient.errorCode(big)).isEqualTo(-32003);
        assertThat(big.path("error").path("message").asText()).contains("too large").contains("max_message_bytes");
        assertThat(big.path("id").isNull()).isTrue();
        assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");

        // exactly at the cap is still a message
        c.sendRaw(paddedPing(MIB));
        assertThat(c.next(Duration.ofSeconds(10)).path("result").asText()).isEqualTo("pong");
    }

    @Test
    void T7_configuredCapIsHonouredAndAPipelinedRequestSurvives() throws Exception {
        rt.config("[ipc]\nmax_message_bytes = 4096\n").start();
        RawClient c = rt.client();
        c.sendRaw(paddedPing(4096));
        assertThat(c.next(Duration.ofSeconds(10)).path("result").asText()).isEqualTo("pong");
        // an over-long line and a good one in the same write: the good one is not swallowed
        byte[] over = paddedPing(4097);
        byte[] both = Arrays.copyOf(over, over.length + PING.length() + 1);
        System.arraycopy((PING + "\n").getBytes(StandardCharsets.US_ASCII), 0, both, over.length, PING.length() + 1);
        c.sendRaw(both);
        assertThat(RawClient.errorCode(c.next(Duration.ofSeconds(10)))).isEqualTo(-32003);
        JsonNode after = c.next(Duration.ofSeconds(10));
        assertThat(after.path("id").asText()).isEqualTo("after");
        assertThat(after.path("result").asText()).isEqualTo("pong");
    }

    @Test
    void T7_endlessLineDoesNotGrowTheDaemonsMemory() throws Exception {
        rt.config("[ipc]\nline_timeout_seconds = 120\n");
        Process daemon = rt.fork();
        RawClient c = rt.client();
        // warm up the read path so that JIT and buffers are already paid for in the baseline
        c.sendRaw(paddedPing(4 * MIB));
        assertThat(RawClient.errorCode(c.next(Duration.ofSeconds(20)))).isEqualTo(-32003);
        assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
        Thread.sleep(300);
        long baseline = rssKb(daemon.pid());

        byte[] chunk = new byte[256 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        long sent = 0;
        long peak = baseline;
        long total = 200L * 1000 * 1000;
        while (sent < total) {
            c.sendRaw(chunk);
            sent += chunk.length;
            if (sent % (16 * MIB) == 0) {
                peak = Math.max(peak, rssKb(daemon.pid()));
            }
        }
        peak = Math.max(peak, rssKb(daemon.pid()));
        assertThat((peak - baseline) / 1024).as("RSS growth in MB while a %d-byte line streamed in (baseline %d MB)",
                sent, baseline / 1024).isLessThan(64);
        c.sendRaw(new byte[] {'\n'});
        JsonNode reply = c.next(Duration.ofSeconds(60));
        assertThat(RawClient.errorCode(reply)).as("reply %s", reply).isEqualTo(-32003);
        assertThat(reply.path("error").path("message").asText()).contains(Long.toString(sent));
        assertThat((rssKb(daemon.pid()) - baseline) / 1024).as("RSS growth in MB after the line ended").isLessThan(64);
        assertThat(c.call("ping").path("result").asText()).isEqualTo("pong");
        assertThat(rt.client().call("ping").path("result").asText()).isEqualTo("pong");
        assertThat(daemon.isAlive()).isTrue();
    }

    /** A valid ping padded with spaces to exactly {@code length} bytes, then a newline. */
    private static byte[] paddedPing(int length) {
        byte[] out = new byte[length + 1];
        Arrays.fill(out, (byte) ' ');
        byte[] ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ping, 0, out, 0, ping.length);
        out[length] = '\n';
        return out;
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + pid);
    }
}
