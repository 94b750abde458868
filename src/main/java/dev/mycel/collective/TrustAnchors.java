package dev.mycel.collective;

import java.util.HashSet;
import java.util.Set;

/**
 * Whom the user has decided about: this instance itself and the authors the user trusts are where
 * all trust starts (pre-trusted); blocked authors have standing 0 and their reports count for
 * nothing. Blocking wins over trusting, and this instance cannot be blocked.
 */
public record TrustAnchors(AuthorKey local, Set<AuthorKey> trusted, Set<AuthorKey> blocked) {
    public TrustAnchors {
        if (blocked.contains(local)) {
            throw new IllegalArgumentException("this instance cannot block itself");
        }
        Set<AuthorKey> kept = new HashSet<>(trusted);
        kept.removeAll(blocked);
        trusted = Set.copyOf(kept);
        blocked = Set.copyOf(blocked);
    }

    public static TrustAnchors only(AuthorKey local) {
        return new TrustAnchors(local, Set.of(), Set.of());
    }

    /** This instance and the trusted authors, the sources of all trust. */
    Set<AuthorKey> preTrusted() {
        Set<AuthorKey> p = new HashSet<>(trusted);
        p.add(local);
        return p;
    }
}
