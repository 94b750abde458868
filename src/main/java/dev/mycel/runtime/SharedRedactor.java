package dev.mycel.runtime;

import dev.mycel.privacy.Redactor;
import java.util.function.Supplier;

/**
 * The runtime's one {@link Redactor}, built on first use (or by {@link #warmUp} once the socket
 * is open): its phone metadata and patterns take ~100 ms that start-to-ready should not pay.
 */
final class SharedRedactor implements Supplier<Redactor> {
    private final String phoneRegion;
    private volatile Redactor redactor;

    SharedRedactor(String phoneRegion) {
        this.phoneRegion = phoneRegion;
    }

    void warmUp() {
        get().findings("warm-up: +1 415-555-0132, jane@example.com");
    }

    @Override
    public Redactor get() {
        Redactor r = redactor;
        if (r == null) {
            synchronized (this) {
                r = redactor;
                if (r == null) {
                    r = new Redactor(phoneRegion);
                    redactor = r;
                }
            }
        }
        return r;
    }
}
