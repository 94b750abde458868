package dev.mycel.collective;

import java.io.IOException;

/**
 * The one check at every door: bytes that arrived as the pattern at {@code address} become a
 * {@link Registry.Fetched.Found} only when they parse and {@link Envelope#open} verifies them
 * against that address, the one we asked for, whatever the bytes claim.
 */
final class Arrival {
    private Arrival() {
    }

    static Registry.Fetched open(String address, byte[] travelling) {
        SignedPattern.Claimed claimed;
        try {
            claimed = SignedPattern.parse(travelling);
        } catch (IOException e) {
            return new Registry.Fetched.Refused(address, "refused: " + e.getMessage());
        }
        if (!claimed.address().equals(address)) {
            return new Registry.Fetched.Refused(address, "refused: it was sent as " + Envelope.shorten(claimed.address())
                    + " when " + Envelope.shorten(address) + " was asked for");
        }
        return switch (Envelope.open(address, claimed.pattern())) {
            case Envelope.Opened.Ok ok -> new Registry.Fetched.Found(ok.pattern());
            case Envelope.Opened.Refused r -> new Registry.Fetched.Refused(address, r.reason());
        };
    }
}
