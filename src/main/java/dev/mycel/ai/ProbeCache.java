package dev.mycel.ai;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Probe results kept for {@code ttl}, so that neither the router nor {@code status} asks a server
 * on every call. At most one probe per provider is in flight; callers that arrive meanwhile share
 * it. Probes of local servers get a shorter timeout than remote ones: a local server answers in
 * milliseconds or is not running.
 */
public final class ProbeCache {
    public static final Duration LOCAL_TIMEOUT = Duration.ofMillis(1500);
    public static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(3);

    private record Entry(Probe probe, Instant at) {
    }

    private final InstantSource clock;
    private final Duration ttl;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, CompletableFuture<Probe>> inFlight = new HashMap<>();

    public ProbeCache(InstantSource clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A result no older than the ttl, probing now (and waiting) if there is none. For routing. */
    public Probe fresh(Provider p) {
        Optional<Entry> e = entry(p);
        if (e.isPresent() && !stale(e.get())) {
            return e.get().probe();
        }
        return await(refresh(p), timeoutFor(p).plusMillis(500)).orElse(new Probe.NotReady("the probe did not finish"));
    }

    /**
     * The last result, however old, starting a refresh in the background when it is stale; only
     * when there has never been one does it wait, up to the probe's timeout. For status, which must
     * not be held up by a slow network.
     */
    public Optional<Probe> latest(Provider p) {
        Optional<Entry> e = entry(p);
        if (e.isEmpty()) {
            return await(refresh(p), timeoutFor(p).plusMillis(500));
        }
        if (stale(e.get())) {
            refresh(p);
        }
        return Optional.of(e.get().probe());
    }

    /** Starts probes of those never probed, without waiting: at start, so the first status rarely waits. */
    public void prime(java.util.Collection<Provider> providers) {
        for (Provider p : providers) {
            if (entry(p).isEmpty()) {
                refresh(p);
            }
        }
    }

    static Duration timeoutFor(Provider p) {
        return p.placement() == Placement.LOCAL ? LOCAL_TIMEOUT : REMOTE_TIMEOUT;
    }

    private synchronized Optional<Entry> entry(Provider p) {
        return Optional.ofNullable(entries.get(p.name()));
    }

    private boolean stale(Entry e) {
        return !e.at().plus(ttl).isAfter(clock.instant());
    }

    private synchronized CompletableFuture<Probe> refresh(Provider p) {
        CompletableFuture<Probe> running = inFlight.get(p.name());
        if (running != null) {
            return running;
        }
        CompletableFuture<Probe> f = new CompletableFuture<>();
        inFlight.put(p.name(), f);
        Thread.ofVirtual().name("mycel-probe-" + p.name()).start(() -> {
            Probe result;
            try {
                result = p.probe(timeoutFor(p));
            } catch (RuntimeException e) {
                // a bug in one probe must not leave the slot "in flight" for ever
                result = new Probe.NotReady("the probe failed (" + e.getClass().getSimpleName() + ")");
            }
            synchronized (this) {
                entries.put(p.name(), new Entry(result, clock.instant()));
                inFlight.remove(p.name());
            }
            f.complete(result);
        });
        return f;
    }

    private static Optional<Probe> await(CompletableFuture<Probe> f, Duration max) {
        try {
            return Optional.of(f.get(max.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
