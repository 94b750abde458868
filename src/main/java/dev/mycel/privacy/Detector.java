package dev.mycel.privacy;

import java.util.List;

/**
 * Finds one family of PII in a text. Detectors may report overlapping or duplicate spans;
 * {@link Overlaps} settles them. Implementations are stateless after construction, so one
 * instance serves every thread.
 */
interface Detector {
    void find(Scanned text, List<Span> out);

    /** The lower-case keywords whose positions {@link Scanned#hits} must know for this detector. */
    default java.util.Set<String> keywords() {
        return java.util.Set.of();
    }
}
