package dev.mycel.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The end of an audit log as lines a person reads: time, seq, type, then the event's fields
 * as {@code key=value}. Values are shown with control and formatting characters escaped,
 * because entries carry text that came from an AI and must not drive the reader's terminal.
 */
final class AuditTail {
    private static final Set<String> CHAIN_FIELDS = Set.of("seq", "time", "prev", "type", "hash");
    /** Digests are shown by their first 12 hex digits, enough to match by eye or grep. */
    private static final Set<String> DIGEST_FIELDS = Set.of("codeSha256", "sha256");
    private static final int MAX_VALUE = 120;

    private AuditTail() {
    }

    static List<String> lastLines(InputStream log, int n) throws IOException {
        return last(log, n, (lineNo, line) -> switch (parse(line)) {
            case EntryFormat.Parsed.Entry e -> describe(e.json());
            case EntryFormat.Parsed.Invalid i -> "line " + lineNo + ": " + problem(i, line);
            case EntryFormat.Parsed.Unreadable u -> "line " + lineNo + ": " + problem(u, line);
        });
    }

    /**
     * The last {@code n} entries as flat objects (time, seq, type, then the event's fields; the
     * chain's links left out), for the web UI, which shows every value as text. A line that is not
     * an entry becomes {@code {line, problem}}.
     */
    static List<ObjectNode> lastEntries(InputStream log, int n) throws IOException {
        return last(log, n, (lineNo, line) -> switch (parse(line)) {
            case EntryFormat.Parsed.Entry e -> {
                ObjectNode shown = e.json().deepCopy();
                shown.remove(List.of("prev", "hash"));
                yield shown;
            }
            case EntryFormat.Parsed.Invalid i -> problemEntry(lineNo, problem(i, line));
            case EntryFormat.Parsed.Unreadable u -> problemEntry(lineNo, problem(u, line));
        });
    }

    private interface LineFormat<T> {
        T format(long lineNo, LineSource.Line line);
    }

    private static <T> List<T> last(InputStream log, int n, LineFormat<T> format) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        Deque<T> last = new ArrayDeque<>(n);
        var lines = new LineSource(log);
        long lineNo = 0;
        for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
            lineNo++;
            if (last.size() == n) {
                last.removeFirst();
            }
            last.addLast(format.format(lineNo, line));
        }
        return new ArrayList<>(last);
    }

    private static EntryFormat.Parsed parse(LineSource.Line line) {
        return line.terminated() && !line.tooLong() ? EntryFormat.parse(line.bytes())
                : new EntryFormat.Parsed.Unreadable("is incomplete");
    }

    private static String problem(EntryFormat.Parsed parsed, LineSource.Line line) {
        return switch (parsed) {
            case EntryFormat.Parsed.Invalid i -> i.why() + " (run 'mycel audit verify')";
            case EntryFormat.Parsed.Unreadable u -> u.why() + ", " + line.bytes().length
                    + " bytes (a write cut short; run 'mycel audit verify')";
            case EntryFormat.Parsed.Entry e -> "";
        };
    }

    private static ObjectNode problemEntry(long lineNo, String problem) {
        return JsonNodeFactory.instance.objectNode().put("line", lineNo).put("problem", problem);
    }

    private static String describe(ObjectNode entry) {
        var out = new StringBuilder()
                .append(entry.path("time").asText()).append("  #").append(entry.path("seq").asLong())
                .append("  ").append(readable(entry.path("type").asText()));
        for (Map.Entry<String, JsonNode> field : entry.properties()) {
            if (!CHAIN_FIELDS.contains(field.getKey())) {
                String shown = DIGEST_FIELDS.contains(field.getKey()) ? shortDigest(field.getValue()) : value(field.getValue());
                out.append("  ").append(readable(field.getKey())).append('=').append(shown);
            }
        }
        return out.toString();
    }

    private static String shortDigest(JsonNode v) {
        String hex = readable(v.asText());
        return hex.length() > 12 ? hex.substring(0, 12) + "…" : hex;
    }

    private static String value(JsonNode v) {
        if (v.isArray()) {
            var items = new ArrayList<String>();
            v.forEach(item -> items.add(readable(item.asText())));
            return "[" + String.join(",", items) + "]";
        }
        if (!v.isTextual()) {
            return v.toString();
        }
        String text = readable(v.asText());
        return text.isEmpty() || text.chars().anyMatch(c -> c == ' ' || c == '"') ? quoted(text) : text;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\\\"") + '"';
    }

    /** Escapes what a terminal would act on or hide (controls, bidi and zero-width marks) and caps the length. */
    private static String readable(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(MAX_VALUE).forEach(c -> {
            boolean hidden = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
            out.append(hidden ? String.format("\\u%04x", c) : Character.toString(c));
        });
        return text.codePointCount(0, text.length()) > MAX_VALUE ? out.append('…').toString() : out.toString();
    }
}
