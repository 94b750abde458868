package dev.mycel.ai;

import java.util.Objects;

/**
 * An API key, kept out of every printed form: {@code toString()} says only where it came from,
 * and the value leaves this class only as a header value and through {@link #scrub}. Not a
 * record, because a record's {@code toString}, {@code equals} and accessors would hand it out.
 */
public final class ApiKey {
    private final String value;
    private final String source;

    private ApiKey(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /**
     * Accepts printable ASCII without spaces only: anything else could not be sent as a header, and
     * the JDK's complaint about a bad header would not be a message we control.
     */
    static java.util.Optional<ApiKey> of(String raw, String source) {
        Objects.requireNonNull(source, "source");
        if (raw == null) {
            return java.util.Optional.empty();
        }
        String v = raw.strip();
        if (v.isEmpty() || !v.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ApiKey(v, source));
    }

    /** Where the key came from ({@code env ANTHROPIC_API_KEY}, {@code file /path}); safe to show. */
    public String source() {
        return source;
    }

    String headerValue() {
        return value;
    }

    /** Replaces the key wherever it occurs in {@code text}: a service's error message may echo what it was sent. */
    String scrub(String text) {
        return text == null ? null : text.replace(value, "[key]");
    }

    @Override
    public String toString() {
        return "ApiKey[" + source + "]";
    }
}
