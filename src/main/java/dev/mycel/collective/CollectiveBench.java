package dev.mycel.collective;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The collective's figures: importing (opening, verifying and storing) shared patterns, and
 * queries on a store holding many. Patterns are sealed first, untimed, by a handful of authors; each
 * is a small valid pattern with its own id, as a real import would bring.
 */
public final class CollectiveBench {
    private CollectiveBench() {
    }

    public static String run(int imports, int stored, Path dir) throws Exception {
        Files.createDirectories(dir);
        StringBuilder out = new StringBuilder("collective (" + imports + " patterns imported, " + stored + " stored)\n");
        List<SignedPattern> sealed = seal(imports, 0);
        Path file = Files.createTempFile(dir, "bench-", ".db");
        Files.delete(file);
        try (PatternStore store = PatternStore.open(file)) {
            long t0 = System.nanoTime();
            List<Envelope.Verified> batch = new ArrayList<>();
            for (SignedPattern p : sealed) {
                if (Envelope.open(p.address(), p) instanceof Envelope.Opened.Ok ok) {
                    batch.add(ok.pattern());
                }
            }
            long verified = System.nanoTime();
            for (int i = 0; i < batch.size(); i += 1000) {
                store.addAll(batch.subList(i, Math.min(batch.size(), i + 1000)), "bench", Instant.now());
            }
            long done = System.nanoTime();
            out.append(String.format(Locale.ROOT, "  import and verify %,d patterns: %.2f s (%.0f µs each: verify %.0f µs, store %.0f µs,"
                            + " 1,000 a transaction)%n", batch.size(), (done - t0) / 1e9, (done - t0) / 1e3 / batch.size(),
                    (verified - t0) / 1e3 / batch.size(), (done - verified) / 1e3 / batch.size()));
            out.append(sync(sealed.subList(0, Math.min(sealed.size(), 2000)), dir));
            fill(store, stored - batch.size());
            out.append(queries(store, sealed));
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        return out.toString();
    }

    /** Two instances on loopback: one serves a registry over HTTP, the other syncs it into its store through the door. */
    private static String sync(List<SignedPattern> patterns, Path dir) throws Exception {
        MemoryRegistry source = new MemoryRegistry();
        for (SignedPattern p : patterns) {
            source.publish(p);
        }
        Path file = Files.createTempFile(dir, "sync-", ".db");
        Files.delete(file);
        try (PeerServer server = PeerServer.start(source, PeerServer.Config.loopback(0));
             PatternStore target = PatternStore.open(file)) {
            SharedPatterns shared = new SharedPatterns(target, InstanceKey.generate(), new dev.mycel.policy.CodeValidator(), 0.5,
                    java.time.InstantSource.system());
            StoreRegistry into = new StoreRegistry(shared, "peer", () -> { });
            long t0 = System.nanoTime();
            Registry.Synced synced = Registry.sync(new PeerClient(server.base().toString(), java.time.Duration.ofSeconds(10)), into, "", 200);
            long t = System.nanoTime() - t0;
            return String.format(Locale.ROOT, "  sync between two instances over loopback HTTP: %,d patterns in %.2f s (%.0f µs each: list, "
                    + "fetch, verify on arrival, validate, verify and store again), %d refused%n", synced.copied(), t / 1e9,
                    t / 1e3 / Math.max(1, synced.copied()), synced.refused().size());
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    private static void fill(PatternStore store, int more) throws Exception {
        for (int start = 0; start < more; start += 5000) {
            List<Envelope.Verified> batch = new ArrayList<>();
            for (SignedPattern p : seal(Math.min(5000, more - start), 1_000_000 + start)) {
                // filler for the query figures: sealed here a moment ago, so its signature is not checked again
                batch.add(((Envelope.Opened.Ok) Envelope.reopen(p.address(), p)).pattern());
            }
            store.addAll(batch, "bench", Instant.now());
        }
    }

    private static String queries(PatternStore store, List<SignedPattern> sealed) throws IOException {
        int n = 200;
        double[] byAddress = new double[n];
        double[] byId = new double[n];
        double[] page = new double[n];
        int count = store.count();
        for (int i = 0; i < n; i++) {
            SignedPattern p = sealed.get((i * 37) % sealed.size());
            long t = System.nanoTime();
            store.find(p.address().substring(0, 12)).orElseThrow();
            byAddress[i] = (System.nanoTime() - t) / 1e3;
            t = System.nanoTime();
            store.find("bench-" + ((i * 37) % sealed.size())).orElseThrow();
            byId[i] = (System.nanoTime() - t) / 1e3;
            t = System.nanoTime();
            store.since((long) (i * 997) % count, 100);
            page[i] = (System.nanoTime() - t) / 1e3;
        }
        return String.format(Locale.ROOT, "  store of %,d: find by address prefix median %.0f µs, by id %.0f µs, a page of 100 after a cursor %.0f µs "
                + "(each read re-checks the address and the pattern)%n", count, median(byAddress), median(byId), median(page));
    }

    private static List<SignedPattern> seal(int n, int from) throws Exception {
        List<InstanceKey> authors = List.of(InstanceKey.generate(), InstanceKey.generate(), InstanceKey.generate());
        List<SignedPattern> out = new ArrayList<>(n);
        Instant created = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            String toml = """
                    id = "bench-%d"
                    version = 1
                    description = "Counts the files of kind %d in a folder"
                    examples = ["count the kind %d files", "how many kind %d files are there"]
                    language = "bash"
                    present = "text"
                    capabilities = ["read-files"]
                    code = '''
                    find "$DIR" -name "*.k%d" | wc -l
                    '''

                    [[slots]]
                    name = "dir"
                    type = "path"
                    default = "."
                    description = "the folder"
                    """.formatted(from + i, i, i, i, i);
            out.add(Envelope.seal(toml, "low", created, authors.get(i % authors.size())));
        }
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
