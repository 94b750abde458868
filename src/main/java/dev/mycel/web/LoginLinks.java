package dev.mycel.web;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One-time login tokens: each is good for one use within {@link #LIFETIME}, then spent. A token
 * remembers where the browser goes after login; that target is fixed when the link is made and is
 * always a path of the UI, so the link cannot be turned into an open redirect.
 */
final class LoginLinks {
    static final Duration LIFETIME = Duration.ofSeconds(60);
    /** Far more than anyone clicks in a minute; stops a local flood of ui.login from growing memory. */
    private static final int MAX_OUTSTANDING = 256;
    private static final Pattern NEXT = Pattern.compile("/|/surface/[0-9a-f]{1,32}");

    private record Issued(Instant expires, String next) {
    }

    private final InstantSource clock;
    private final Map<String, Issued> byDigest = new ConcurrentHashMap<>();

    LoginLinks(InstantSource clock) {
        this.clock = clock;
    }

    /** A new token whose use leads to {@code next}; a next that is not a UI path leads to {@code /}. */
    Secret issue(String next) {
        Instant now = clock.instant();
        byDigest.values().removeIf(i -> !now.isBefore(i.expires()));
        if (byDigest.size() >= MAX_OUTSTANDING) {
            byDigest.clear();
        }
        Secret token = Secret.random();
        byDigest.put(token.digest(), new Issued(now.plus(LIFETIME), safeNext(next)));
        return token;
    }

    /** Spends the token; the path to go to when it was valid and unspent. */
    Optional<String> redeem(String presented) {
        Issued issued = byDigest.remove(Secret.digestOf(presented));
        if (issued == null || !clock.instant().isBefore(issued.expires())) {
            return Optional.empty();
        }
        return Optional.of(issued.next());
    }

    static String safeNext(String next) {
        return next != null && NEXT.matcher(next).matches() ? next : "/";
    }
}
