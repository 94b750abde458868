package dev.mycel.patterns;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns what a person typed for a slot into the one canonical string the code receives in its
 * environment: an absolute path, a glob, a decimal number, bytes, seconds or plain text. Every
 * value is checked here, before it reaches any code; the code never parses user phrasing.
 */
final class SlotValues {
    static final int MAX_TEXT = 1000;
    static final int MAX_GLOB = 200;
    static final long MAX_NUMBER = 1_000_000;

    private SlotValues() {
    }

    static String normalise(Slot slot, String raw, Path cwd, Path home) throws SlotException {
        if (raw.indexOf('\0') >= 0) {
            throw bad(slot, "contains a NUL character");
        }
        return switch (slot.type()) {
            case PATH -> path(slot, raw, cwd, home);
            case GLOB -> glob(slot, raw);
            case NUMBER -> number(slot, raw);
            case SIZE -> Long.toString(Quantities.bytes(raw).orElseThrow(() -> bad(slot,
                    "'" + raw + "' is not a size (say 500k, 100M, 1.5 GB or 300 bytes)")));
            case DURATION -> Long.toString(Quantities.seconds(raw).orElseThrow(() -> bad(slot,
                    "'" + raw + "' is not a length of time (say 90 minutes, 2h, 3 days or 1 week)")));
            case TEXT -> text(slot, raw);
        };
    }

    /** {@code ~} and {@code ~/x} are the user's home; anything relative starts in {@code cwd}. */
    static String path(Slot slot, String raw, Path cwd, Path home) throws SlotException {
        String s = raw.strip();
        if (s.isEmpty() || s.contains("\n") || s.contains("\r")) {
            throw bad(slot, s.isEmpty() ? "is empty" : "contains a line break");
        }
        if (s.startsWith("~") && !s.equals("~") && !s.startsWith("~/")) {
            throw bad(slot, "'" + s + "' names another user's home; only ~ and ~/… are understood");
        }
        try {
            Path p = s.equals("~") ? home : s.startsWith("~/") ? home.resolve(s.substring(2)) : cwd.resolve(s);
            return p.toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            throw bad(slot, "'" + s + "' is not a path");
        }
    }

    private static String glob(Slot slot, String raw) throws SlotException {
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX_GLOB) {
            throw bad(slot, s.isEmpty() ? "is empty" : "is longer than " + MAX_GLOB + " characters");
        }
        if (s.contains("\n") || s.contains("\r") || s.contains("/")) {
            // The patterns match names (find -name), so a / could never match and would mislead.
            throw bad(slot, "'" + s + "' must be a file name pattern such as *.py, without / or line breaks");
        }
        return s;
    }

    private static String number(Slot slot, String raw) throws SlotException {
        long n = Quantities.number(raw).orElseThrow(() -> bad(slot, "'" + raw.strip() + "' is not a whole number"));
        if (n > MAX_NUMBER) {
            throw bad(slot, n + " is larger than " + MAX_NUMBER);
        }
        return Long.toString(n);
    }

    private static String text(Slot slot, String raw) throws SlotException {
        if (raw.isBlank()) {
            throw bad(slot, "is empty");
        }
        if (raw.length() > MAX_TEXT) {
            throw bad(slot, "is longer than " + MAX_TEXT + " characters");
        }
        return raw;
    }

    private static SlotException bad(Slot slot, String why) {
        return new SlotException(slot.name(), slot.name() + " (" + slot.description() + ") " + why);
    }
}
