package dev.mycel.privacy;

import java.util.Objects;

/**
 * One finding: the kind of data and where it is, as UTF-16 offsets into the text that was
 * scanned ({@code start} inclusive, {@code end} exclusive), the way {@link String#substring} counts.
 */
public record Span(PiiType type, int start, int end) {

    public Span {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end, not " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
