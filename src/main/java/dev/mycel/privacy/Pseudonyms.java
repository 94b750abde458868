package dev.mycel.privacy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One session's table of placeholders: the same value of the same type always gets the same
 * placeholder ({@code [EMAIL_1]}, {@code [PHONE_2]}), numbered per type in order of first
 * appearance, so a model can tell two people apart without seeing either. Thread-safe.
 *
 * <p>Bounded: past {@code capacity} values the least recently used one is forgotten. Its
 * placeholder is then never restored (it stays as text) and, because numbers are never
 * reused, never restored to a different value; the value, if seen again, gets a new number.
 * The values live only in memory; {@link #toString()} shows how many, never which.
 */
public final class Pseudonyms {
    public static final int DEFAULT_CAPACITY = 10_000;

    private record Key(PiiType type, String value) {
    }

    private final int capacity;
    private final LinkedHashMap<Key, String> placeholders = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, String> values = new HashMap<>();
    private final EnumMap<PiiType, Integer> counters = new EnumMap<>(PiiType.class);

    public Pseudonyms() {
        this(DEFAULT_CAPACITY);
    }

    public Pseudonyms(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The placeholder for {@code value}, handing out the next number of its type the first time. */
    synchronized String placeholder(PiiType type, String value) {
        Key key = new Key(Objects.requireNonNull(type), Objects.requireNonNull(value));
        String known = placeholders.get(key);
        if (known != null) {
            return known;
        }
        int n = counters.merge(type, 1, Integer::sum);
        String placeholder = "[" + type.label() + "_" + n + "]";
        placeholders.put(key, placeholder);
        values.put(placeholder, value);
        if (placeholders.size() > capacity) {
            Iterator<Map.Entry<Key, String>> eldest = placeholders.entrySet().iterator();
            values.remove(eldest.next().getValue());
            eldest.remove();
        }
        return placeholder;
    }

    private synchronized String value(String placeholder) {
        return values.get(placeholder);
    }

    /**
     * {@code text} with every exact placeholder of this session replaced by its value; others left
     * alone. When {@code text} is a JSON document, values inside its strings are JSON-escaped.
     */
    public String restore(String text) {
        return Restorer.restore(text, this::value, Restorer.Mode.AUTO);
    }

    /**
     * As {@link #restore}, for a fragment known to sit inside a JSON string (or JSON whose shape
     * {@link #restore} cannot see): every value is escaped as a JSON string's content.
     */
    public String restoreJson(String json) {
        return Restorer.restore(json, this::value, Restorer.Mode.JSON);
    }

    public synchronized int size() {
        return placeholders.size();
    }

    @Override
    public synchronized String toString() {
        return "Pseudonyms[" + placeholders.size() + " of at most " + capacity + " values]";
    }
}
