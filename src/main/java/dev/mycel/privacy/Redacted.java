package dev.mycel.privacy;

import java.util.List;

/**
 * Text that has passed the privacy layer: every finding replaced by its session's placeholder.
 * Only this package can make one (the interface is sealed, its one record package-private), so
 * an API that accepts a {@code Redacted} — the cloud providers' — cannot be handed raw text.
 */
public sealed interface Redacted permits RedactedText {

    /** The text with placeholders in place of the findings. */
    String text();

    /** What was replaced, as spans of the original text, in order. */
    List<Span> findings();

    /**
     * Model output or tool-call arguments with this session's placeholders turned back into the
     * real values; inside the strings of a JSON document the values are JSON-escaped.
     */
    String restore(String modelOutput);

    /** As {@link #restore}, escaping every value for a JSON string (a fragment known to be inside one). */
    String restoreJson(String json);
}
