package dev.mycel.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AI-written pages, in memory, bounded in count (the oldest goes first) and in size (a page
 * over the limit is refused). Static pages are sanitized here, once, before they are stored.
 *
 * <p>Each surface has a 256-bit capability that must be in its URL. The surface server has no
 * login of its own (a sandboxed frame's requests cannot be relied on to carry our cookie, and a
 * surface must not learn anything that opens the UI), so the capability is what keeps other local
 * programs and other web pages from fetching a surface, which may show private data. Only the UI,
 * behind its cookie, hands the surface URLs out.
 */
final class SurfaceStore {
    /** Script of one surface may ask the runtime for something at most this often. */
    static final Duration ASK_INTERVAL = Duration.ofSeconds(1);
    private static final int MAX_TITLE = 120;

    record Surface(String id, String title, SurfaceKind kind, String html, Secret capability, Instant created) {
        boolean opensWith(String presented) {
            return MessageDigest.isEqual(capability.digest().getBytes(StandardCharsets.US_ASCII),
                    Secret.digestOf(presented).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private final int maxCount;
    private final int maxBytes;
    private final InstantSource clock;
    private final Map<String, Surface> byId = new LinkedHashMap<>();
    private final Map<String, Instant> lastAsk = new LinkedHashMap<>();

    SurfaceStore(int maxCount, int maxBytes, InstantSource clock) {
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Stores a page; throws IllegalArgumentException (for a bad-params reply) when it is too large. */
    synchronized Surface add(String title, String html, SurfaceKind kind) {
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new IllegalArgumentException("surface too large: " + bytes + " bytes, the limit is " + maxBytes);
        }
        String body = switch (kind) {
            case STATIC -> SurfaceSanitizer.sanitize(html);
            case INTERACTIVE -> html;
        };
        Surface s = new Surface(Secret.label(8), cleanTitle(title), kind, body, Secret.random(), clock.instant());
        byId.put(s.id(), s);
        while (byId.size() > maxCount) {
            String oldest = byId.keySet().iterator().next();
            byId.remove(oldest);
            lastAsk.remove(oldest);
        }
        return s;
    }

    synchronized Optional<Surface> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized List<Surface> all() {
        return List.copyOf(new ArrayList<>(byId.values()));
    }

    /** True when this interactive surface may ask now; a surface in a loop gets one ask per interval. */
    synchronized boolean mayAsk(String id) {
        Instant now = clock.instant();
        Instant last = lastAsk.get(id);
        if (last != null && now.isBefore(last.plus(ASK_INTERVAL))) {
            return false;
        }
        lastAsk.put(id, now);
        return true;
    }

    static String cleanTitle(String title) {
        String t = title == null ? "" : title.replaceAll("\\p{Cntrl}", " ").strip();
        if (t.isEmpty()) {
            t = "Untitled surface";
        }
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t;
    }
}
