package dev.mycel.ai;

import java.util.Optional;

/**
 * Server-sent events as the HTML standard defines them: {@code event:} names the event,
 * {@code data:} lines are joined with newlines, one space after the colon is dropped, lines
 * starting with a colon are comments (keep-alives), and a blank line dispatches. {@code id:} and
 * {@code retry:} are ignored: a turn is never resumed.
 */
final class Sse {
    record Event(String name, String data) {
    }

    private String name = "";
    private StringBuilder data;

    /** Feeds one line; returns the event that a blank line completes. */
    Optional<Event> line(String line) {
        if (line.isEmpty()) {
            if (data == null) {
                name = "";
                return Optional.empty();
            }
            Event e = new Event(name.isEmpty() ? "message" : name, data.toString());
            name = "";
            data = null;
            return Optional.of(e);
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "data" -> {
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
            }
            default -> {
                // id, retry and unknown fields carry nothing a single turn needs
            }
        }
        return Optional.empty();
    }
}
