package dev.mycel.collective;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where shared patterns are kept and found: the local store, a peer over HTTP, or NEAR with IPFS.
 * A registry hands out only patterns that {@link Envelope#open} has verified against the address
 * they were asked for, and accepts only patterns that verify; a refusal is a value carrying the
 * reason, never an exception. Integrity never depends on the transport, so an implementation that
 * receives bytes from elsewhere verifies them itself on arrival. {@link IOException} is for a
 * transport that could not be reached or answered out of protocol.
 */
public interface Registry {
    /** Offers {@code pattern}; it is stored only when it verifies. Publishing the same pattern twice is harmless. */
    Published publish(SignedPattern pattern) throws IOException;

    /** The verified pattern at {@code address}, its absence, or why what arrived was refused. */
    Fetched fetch(String address) throws IOException;

    /**
     * Up to {@code limit} addresses after {@code cursor} (null or empty: from the start), oldest
     * first, and the cursor to ask with next time. The cursor is opaque and belongs to the registry
     * that made it; addresses are only claims until fetched.
     */
    Page list(String cursor, int limit) throws IOException;

    sealed interface Published {
        record Stored(String address) implements Published {
        }

        record Refused(String reason) implements Published {
        }
    }

    sealed interface Fetched {
        record Found(Envelope.Verified pattern) implements Fetched {
        }

        record Absent() implements Fetched {
        }

        record Refused(String address, String reason) implements Fetched {
        }
    }

    record Page(List<String> addresses, String nextCursor) {
        public Page {
            addresses = List.copyOf(addresses);
            Objects.requireNonNull(nextCursor, "nextCursor");
        }
    }

    /** One address that did not come across, and why. */
    record Refusal(String address, String reason) {
    }

    /** What a sync did: the cursor to continue from, how many patterns were copied, and each refusal with its reason. */
    record Synced(String cursor, int copied, List<Refusal> refused) {
        public Synced {
            refused = List.copyOf(refused);
        }
    }

    /** The most pages one {@link #sync} reads. */
    int MAX_SYNC_PAGES = 1000;

    /** Addresses are lower-case hex SHA-256; anything else from a peer is not even looked up. */
    static boolean isAddress(String s) {
        return s != null && s.matches("[0-9a-f]{64}");
    }

    /**
     * Copies every pattern {@code from} lists after {@code cursor} into {@code to}, a page of
     * {@code pageSize} at a time, until {@code from} has nothing newer. Each pattern is verified when
     * fetched and again by {@code to} when stored; a refused one is skipped and reported, never
     * stored. The returned cursor belongs to {@code from}.
     */
    static Synced sync(Registry from, Registry to, String cursor, int pageSize) throws IOException {
        int copied = 0;
        List<Refusal> refused = new ArrayList<>();
        String at = cursor == null ? "" : cursor;
        // a peer that lists without end cannot keep us here: the caller continues from the cursor next time
        for (int pages = 0; ; pages++) {
            Page page = from.list(at, pageSize);
            for (String address : page.addresses()) {
                switch (from.fetch(address)) {
                    case Fetched.Found f -> {
                        switch (to.publish(f.pattern().signed())) {
                            case Published.Stored s -> copied++;
                            case Published.Refused r -> refused.add(new Refusal(address, r.reason()));
                        }
                    }
                    case Fetched.Absent a -> refused.add(new Refusal(address, "listed but not served"));
                    case Fetched.Refused r -> refused.add(new Refusal(address, r.reason()));
                }
            }
            // a peer that keeps handing back the same cursor would keep us here forever
            if (page.addresses().isEmpty() || page.nextCursor().equals(at) || pages + 1 >= MAX_SYNC_PAGES) {
                return new Synced(page.nextCursor().isEmpty() ? at : page.nextCursor(), copied, refused);
            }
            at = page.nextCursor();
        }
    }
}
