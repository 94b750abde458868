package dev.mycel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycel.config.ConfigLoader;
import dev.mycel.config.Places;
import dev.mycel.ipc.SocketProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures the front door: the authenticated {@code status} round trip against a bare NDJSON
 * echo server on a Unix socket (the floor any JSON-RPC server sits on), {@code exec} of
 * {@code echo hi} end to end, and a forked runtime's start-to-ready time and idle RSS.
 * Everything runs in fresh temp dirs; nothing touches the user's own runtime.
 */
public final class RuntimeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 4;

    /** Round-trip figures of one server: latencies of one client in µs, throughput of {@link #CLIENTS} in requests/s. */
    public record RoundTrips(double p50Us, double p99Us, double perSecond) {
    }

    public record Figures(int requests, RoundTrips echo, RoundTrips status, double execMedianMs, double startMedianMs,
            long idleRssKb) {

        public double throughputRatio() {
            return status.perSecond / echo.perSecond;
        }

        @Override
        public String toString() {
            return String.format("socket, %d round trips after warm-up (latency: 1 client; throughput: %d clients):%n"
                    + "  NDJSON echo server      p50 %6.1f µs  p99 %6.1f µs  %8.0f req/s%n"
                    + "  authenticated status    p50 %6.1f µs  p99 %6.1f µs  %8.0f req/s  (%.2fx echo, target >= 0.8x; p99 target < 1000 µs)%n"
                    + "exec `echo hi` end to end   median %6.2f ms  (after " + EXEC_WARM_UP + " warm-up runs; target <= 25 ms)%n"
                    + "runtime start to ready      median %6.0f ms  (target <= 1000 ms)%n"
                    + "idle RSS                    %6d MB  (target <= 150 MB)",
                    requests, CLIENTS, echo.p50Us, echo.p99Us, echo.perSecond, status.p50Us, status.p99Us,
                    status.perSecond, throughputRatio(), execMedianMs, startMedianMs, idleRssKb / 1024);
        }
    }

    private RuntimeBench() {
    }

    public static Figures measure(int requests, int starts) throws Exception {
        Path root = Files.createTempDirectory("mycel-bench-");
        try {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            Places places = places(root.resolve("in-process"));
            Files.createDirectories(places.configFile().getParent());
            Files.writeString(places.configFile(), "[ipc]\nrequests_per_minute = 1000000\n");
            RoundTrips echo;
            try (EchoServer server = EchoServer.start(root.resolve("echo.sock"))) {
                echo = roundTrips(requests, () -> BenchClient.connect(server.socket(), null));
            }
            RoundTrips status;
            double exec;
            // no environment: the figures are the runtime's own, never a cloud provider's probe
            try (MycelRuntime runtime = MycelRuntime.start(ConfigLoader.load(places), InstantSource.system(), Map.of())) {
                String token = Files.readString(places.tokenFile()).strip();
                status = roundTrips(requests, () -> BenchClient.connect(places.socket(), token));
                exec = execMedian(places, token);
            }
            long[] rss = new long[1];
            double start = startMedian(root, starts, rss);
            return new Figures(requests, echo, status, exec, start, rss[0]);
        } finally {
            deleteTree(root);
        }
    }

    static Places places(Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        return new Places(dir.resolve("run"), dir.resolve("data"), home.resolve(".config/mycel/config.toml"), home);
    }

    private static RoundTrips roundTrips(int requests, Callable<BenchClient> connect) throws Exception {
        double[] latencies;
        try (BenchClient one = connect.call()) {
            one.statusTimes(requests / 4);
            latencies = one.statusTimes(requests);
        }
        Arrays.sort(latencies);
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<double[]>> runs = new ArrayList<>();
            long began = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                runs.add(pool.submit(() -> {
                    try (BenchClient c = connect.call()) {
                        return c.statusTimes(requests / CLIENTS);
                    }
                }));
            }
            for (Future<double[]> f : runs) {
                f.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            return new RoundTrips(percentile(latencies, 50), percentile(latencies, 99),
                    (requests / CLIENTS) * CLIENTS / seconds);
        }
    }

    static final int EXEC_WARM_UP = 150;

    private static double execMedian(Places places, String token) throws IOException {
        try (BenchClient c = BenchClient.connect(places.socket(), token)) {
            String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"exec\",\"params\":{\"language\":\"bash\","
                    + "\"code\":\"echo hi\",\"cwd\":" + JSON.writeValueAsString(places.home().toString()) + "}}";
            // a runtime lives for hours: measure it once the JIT has compiled the exec path
            double[] times = new double[50];
            for (int i = -EXEC_WARM_UP; i < times.length; i++) {
                long t0 = System.nanoTime();
                JsonNode reply = JSON.readTree(c.roundTrip(request));
                if (reply.has("error")) {
                    System.err.println("exec is not measured: " + reply.path("error").path("message").asText());
                    return Double.NaN;
                }
                if (!"hi".equals(reply.path("result").path("stdout").asText().strip())) {
                    throw new IllegalStateException("exec of echo hi did not print hi: " + reply);
                }
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(times);
            return percentile(times, 50);
        }
    }

    /** Forks the runtime as {@code mycel up} does and waits for its socket to answer; keeps the last one's RSS. */
    private static double startMedian(Path root, int starts, long[] rssKb) throws Exception {
        double[] times = new double[starts];
        for (int i = 0; i < starts; i++) {
            Places places = places(root.resolve("forked-" + i));
            ProcessBuilder pb = new ProcessBuilder(DaemonCommand.argv(false)).redirectErrorStream(true)
                    .redirectOutput(root.resolve("forked-" + i + ".log").toFile());
            pb.environment().putAll(places.asEnvironment());
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                while (!SocketProbe.answersPing(places.socket(), Duration.ofMillis(200))) {
                    if (!p.isAlive() || System.nanoTime() - t0 > 30e9) {
                        throw new IllegalStateException("the forked runtime did not start; see its log: "
                                + Files.readString(root.resolve("forked-" + i + ".log")));
                    }
                    Thread.sleep(2);
                }
                times[i] = (System.nanoTime() - t0) / 1e6;
                if (i == starts - 1) {
                    Thread.sleep(3000);
                    rssKb[0] = rssKb(p.pid());
                }
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
        Arrays.sort(times);
        return percentile(times, 50);
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(-1L);
    }

    static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One blocking NDJSON client, the same code for both servers so only the server differs. */
    static final class BenchClient implements AutoCloseable {
        private static final String STATUS = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"status\"}";
        private final SocketChannel channel;
        private final BufferedReader in;
        private final OutputStream out;

        private BenchClient(SocketChannel channel) {
            this.channel = channel;
            this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            this.out = Channels.newOutputStream(channel);
        }

        static BenchClient connect(Path socket, String token) throws IOException {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
            BenchClient c = new BenchClient(ch);
            if (token != null) {
                String reply = c.roundTrip("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"auth\",\"params\":{\"token\":\""
                        + token + "\"}}");
                if (!reply.contains("sessionId")) {
                    throw new IllegalStateException("the bench could not authenticate");
                }
            }
            return c;
        }

        String roundTrip(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String reply = in.readLine();
            if (reply == null) {
                throw new IOException("the server closed the connection");
            }
            return reply;
        }

        /** The response to {@code line}, skipping the notifications sent while it ran. */
        String reply(String line) throws IOException {
            String reply = roundTrip(line);
            while (reply.startsWith("{\"jsonrpc\":\"2.0\",\"method\"")) {
                reply = in.readLine();
                if (reply == null) {
                    throw new IOException("the server closed the connection");
                }
            }
            return reply;
        }

        double[] statusTimes(int n) throws IOException {
            double[] us = new double[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                if (roundTrip(STATUS).contains("\"error\"")) {
                    throw new IllegalStateException("status failed during the bench");
                }
                us[i] = (System.nanoTime() - t0) / 1e3;
            }
            return us;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** The baseline: reads a line, writes it back, one virtual thread per connection. */
    private record EchoServer(ServerSocketChannel server, Path socket) implements AutoCloseable {
        static EchoServer start(Path socket) throws IOException {
            ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            s.bind(UnixDomainSocketAddress.of(socket));
            EchoServer echo = new EchoServer(s, socket);
            Thread.ofVirtual().start(echo::acceptLoop);
            return echo;
        }

        private void acceptLoop() {
            try {
                while (true) {
                    SocketChannel ch = server.accept();
                    Thread.ofVirtual().start(() -> echo(ch));
                }
            } catch (IOException closed) {
                // the bench is over
            }
        }

        private static void echo(SocketChannel ch) {
            try (ch; BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch),
                    StandardCharsets.UTF_8)); OutputStream out = Channels.newOutputStream(ch)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException closed) {
                // the client went away
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            Files.deleteIfExists(socket);
        }
    }
}
