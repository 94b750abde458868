package dev.mycel.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One-line log records on stderr (the launcher sends the daemon's stderr to a 0600 file).
 * Callers never pass secrets: tokens, session ids and keys are not logged anywhere.
 */
final class LogSetup {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);

    private LogSetup() {
    }

    static void install(Level level) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler h = new ConsoleHandler();
        h.setLevel(level);
        h.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                String line = TIME.format(Instant.ofEpochMilli(r.getMillis())) + " " + r.getLevel().getName() + " "
                        + shortName(r.getLoggerName()) + ": " + formatMessage(r) + System.lineSeparator();
                if (r.getThrown() == null) {
                    return line;
                }
                var sw = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                return line + sw;
            }
        });
        root.addHandler(h);
        root.setLevel(level);
        Logger.getLogger("dev.mycel").setLevel(level);
    }

    private static String shortName(String name) {
        if (name == null) {
            return "-";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
