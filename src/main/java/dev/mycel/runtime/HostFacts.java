package dev.mycel.runtime;

import dev.mycel.patterns.HostFact;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers the host facts sandboxed code asks for but cannot see (it has its own pid and network
 * namespaces), read by the trusted runtime from {@code /proc}. Only what the fact promises goes
 * out: a program's name, never its command line or environment, which may hold secrets.
 * Each value stays below the kernel's 128 KiB limit for one environment string.
 */
final class HostFacts {
    static final int MAX_BYTES = 100_000;
    private final Path proc;

    HostFacts(Path proc) {
        this.proc = proc;
    }

    static HostFacts ofHost() {
        return new HostFacts(Path.of("/proc"));
    }

    String gather(HostFact fact) {
        return switch (fact) {
            case PROCESSES -> capped("pid\tuser\trss_kib\tcpu_percent\tcommand", processes());
            case LISTENING -> capped("proto\taddress\tport\tprocess", listening());
        };
    }

    private record Row(long weight, String line) {
    }

    /** The header and as many rows as fit, heaviest first. */
    private static String capped(String header, List<Row> rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        rows.sort(Comparator.comparingLong(Row::weight).reversed());
        for (Row r : rows) {
            if (out.length() + r.line().length() + 1 > MAX_BYTES) {
                break;
            }
            out.append(r.line()).append('\n');
        }
        return out.toString();
    }

    private List<Row> processes() {
        List<Row> rows = new ArrayList<>();
        Instant now = Instant.now();
        ProcessHandle.allProcesses().forEach(p -> {
            ProcessHandle.Info info = p.info();
            String command = info.command().map(c -> Path.of(c).getFileName().toString()).orElse(name(p.pid()));
            if (command.isEmpty()) {
                return;
            }
            long rss = rssKib(p.pid());
            double cpu = info.totalCpuDuration().flatMap(t -> info.startInstant().map(s -> percent(t, Duration.between(s, now))))
                    .orElse(0.0);
            rows.add(new Row(rss, p.pid() + "\t" + info.user().orElse("?") + "\t" + rss + "\t"
                    + String.format(Locale.ROOT, "%.1f", cpu) + "\t" + clean(command)));
        });
        return rows;
    }

    private static double percent(Duration cpu, Duration alive) {
        return alive.toMillis() <= 0 ? 0 : 100.0 * cpu.toMillis() / alive.toMillis();
    }

    private long rssKib(long pid) {
        for (String line : lines(proc.resolve(pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private String name(long pid) {
        List<String> comm = lines(proc.resolve(pid + "/comm"));
        return comm.isEmpty() ? "" : comm.get(0);
    }

    private List<Row> listening() {
        Map<String, String> owners = socketOwners();
        List<Row> rows = new ArrayList<>();
        for (String proto : List.of("tcp", "tcp6", "udp", "udp6")) {
            String wanted = proto.startsWith("tcp") ? "0A" : "07";
            List<String> table = lines(proc.resolve("net/" + proto));
            for (String line : table.subList(Math.min(1, table.size()), table.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10 || !f[3].equals(wanted)) {
                    continue;
                }
                String[] local = f[1].split(":");
                int port = Integer.parseInt(local[1], 16);
                rows.add(new Row(-port, proto + "\t" + address(local[0]) + "\t" + port + "\t"
                        + owners.getOrDefault(f[9], "-")));
            }
        }
        return rows;
    }

    /** /proc/net addresses are the kernel's 32-bit words in host (little-endian) order. */
    static String address(String hex) {
        StringBuilder out = new StringBuilder();
        if (hex.length() == 8) {
            for (int i = 6; i >= 0; i -= 2) {
                out.append(Integer.parseInt(hex.substring(i, i + 2), 16)).append(i > 0 ? "." : "");
            }
            return out.toString();
        }
        List<String> groups = new ArrayList<>();
        for (int w = 0; w < 32; w += 8) {
            String word = hex.substring(w, w + 8);
            String be = word.substring(6, 8) + word.substring(4, 6) + word.substring(2, 4) + word.substring(0, 2);
            groups.add(Integer.toHexString(Integer.parseInt(be.substring(0, 4), 16)));
            groups.add(Integer.toHexString(Integer.parseInt(be.substring(4, 8), 16)));
        }
        return String.join(":", groups).replaceFirst("(^|:)0(:0)+(:|$)", "::");
    }

    /** Socket inode to the name of a program holding it; only processes this user may inspect. */
    private Map<String, String> socketOwners() {
        Map<String, String> owners = new HashMap<>();
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path pid : pids) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(pid.resolve("fd"))) {
                    for (Path fd : fds) {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            owners.putIfAbsent(target.substring(8, target.length() - 1), clean(name(Long.parseLong(pid.getFileName().toString()))));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // another user's process, or one that just ended: its sockets stay unnamed
                }
            }
        } catch (IOException e) {
            return owners;
        }
        return owners;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\n\\r\\p{Cntrl}]", " ");
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
