package dev.mycel.config;

import java.util.List;

/**
 * The collective (boundary 4). Sharing is off until the user turns it on, and even then nothing
 * leaves before the user approves each candidate. {@code threshold} is the reputation below which a
 * shared pattern always asks first; {@code blockedCategories} are never shared; a candidate whose
 * sensitivity is above {@code reviewSensitivity} is held with a warning. {@code epsilonPerDay} is
 * the differential-privacy budget for released statistics. {@code peers} are other instances'
 * peer URLs to publish to and sync from; {@code servePort} above 0 serves this store to peers on
 * 127.0.0.1.
 */
public record CollectiveSettings(boolean share, double threshold, List<String> blockedCategories, double reviewSensitivity,
                                 double epsilonPerDay, List<String> peers, int servePort) {
    public static final List<String> CATEGORIES = List.of("financial", "medical", "legal");

    public CollectiveSettings {
        blockedCategories = List.copyOf(blockedCategories);
        peers = List.copyOf(peers);
    }

    public static CollectiveSettings defaults() {
        return new CollectiveSettings(false, 0.5, CATEGORIES, 0.3, 1.0, List.of(), 0);
    }
}
