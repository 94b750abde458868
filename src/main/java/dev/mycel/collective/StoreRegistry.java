package dev.mycel.collective;

import java.io.IOException;
import java.util.List;

/**
 * The local store as a {@link Registry}, the default one and what a {@link PeerServer} serves: what
 * peers publish goes through the same door as a file import ({@link SharedPatterns#importPattern}:
 * verified, judged by the code validator, refused for a blocked author), and the cursor is the
 * store's own sequence number.
 */
public final class StoreRegistry implements Registry {
    private final SharedPatterns shared;
    private final String source;
    private final Runnable onNew;

    /** {@code source} is recorded with what arrives ("peer"); {@code onNew} runs after a new pattern is stored. */
    public StoreRegistry(SharedPatterns shared, String source, Runnable onNew) {
        this.shared = shared;
        this.source = source;
        this.onNew = onNew;
    }

    @Override
    public Published publish(SignedPattern pattern) throws IOException {
        return switch (shared.importPattern(pattern.address(), pattern, source)) {
            case SharedPatterns.Imported.Refused no -> new Published.Refused(no.reason());
            case SharedPatterns.Imported.Stored s -> {
                if (s.isNew()) {
                    onNew.run();
                }
                yield new Published.Stored(s.pattern().address());
            }
        };
    }

    @Override
    public Fetched fetch(String address) throws IOException {
        if (!Registry.isAddress(address)) {
            return new Fetched.Absent();
        }
        return shared.store().find(address).filter(s -> s.pattern().address().equals(address))
                .<Fetched>map(s -> new Fetched.Found(s.pattern())).orElse(new Fetched.Absent());
    }

    @Override
    public Page list(String cursor, int limit) throws IOException {
        long after;
        try {
            after = cursor == null || cursor.isEmpty() ? 0 : Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            after = 0; // a cursor of another registry: start from the beginning, copies are harmless
        }
        List<PatternStore.Stored> page = shared.store().since(after, limit);
        String next = page.isEmpty() ? String.valueOf(after) : String.valueOf(page.getLast().seq());
        return new Page(page.stream().map(s -> s.pattern().address()).toList(), next);
    }
}
