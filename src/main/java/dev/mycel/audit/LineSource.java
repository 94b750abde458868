package dev.mycel.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of an audit log as raw bytes, in order, each with whether its newline was there.
 * Reads in chunks and caps a line's length, so a damaged file cannot make a reader buffer
 * all of it.
 */
final class LineSource {
    /** Far above any entry the writer makes (fields are capped at 4096 characters). */
    static final int MAX_LINE = 1 << 20;

    /** One line without its newline; {@code tooLong} means {@code bytes} holds only its start. */
    record Line(byte[] bytes, boolean terminated, boolean tooLong) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    LineSource(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        var line = new ByteArrayOutputStream();
        boolean tooLong = false;
        while (fill()) {
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            tooLong |= append(line, end);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return new Line(line.toByteArray(), true, tooLong);
            }
        }
        return line.size() == 0 && !tooLong ? null : new Line(line.toByteArray(), false, tooLong);
    }

    private boolean append(ByteArrayOutputStream line, int end) {
        int room = MAX_LINE - line.size();
        int n = Math.min(room, end - position);
        line.write(buffer, position, n);
        return n < end - position;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = in.read(buffer);
        position = 0;
        if (limit < 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
