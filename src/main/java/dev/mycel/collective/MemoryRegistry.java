package dev.mycel.collective;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry in memory, for tests and as the far side of a peer in them. It verifies on publish
 * like every registry, so it holds only verified patterns; its cursor is the count of patterns
 * already listed, in the order they were first stored.
 */
public final class MemoryRegistry implements Registry {
    private final Map<String, Envelope.Verified> byAddress = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    @Override
    public synchronized Published publish(SignedPattern pattern) {
        return switch (Envelope.open(pattern.address(), pattern)) {
            case Envelope.Opened.Ok ok -> {
                if (byAddress.putIfAbsent(ok.pattern().address(), ok.pattern()) == null) {
                    order.add(ok.pattern().address());
                }
                yield new Published.Stored(ok.pattern().address());
            }
            case Envelope.Opened.Refused r -> new Published.Refused(r.reason());
        };
    }

    @Override
    public synchronized Fetched fetch(String address) {
        Envelope.Verified v = byAddress.get(address);
        return v == null ? new Fetched.Absent() : new Fetched.Found(v);
    }

    @Override
    public synchronized Page list(String cursor, int limit) {
        int from = Cursors.index(cursor);
        int to = Math.min(order.size(), from + Math.max(0, limit));
        if (from >= to) {
            return new Page(List.of(), Integer.toString(Math.max(from, 0)));
        }
        return new Page(order.subList(from, to), Integer.toString(to));
    }

    public synchronized int size() {
        return order.size();
    }
}
