package dev.mycel.collective;

import dev.mycel.patterns.Pattern;
import dev.mycel.policy.CodeValidator;
import dev.mycel.policy.Decision;
import dev.mycel.policy.Verdict;
import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The collective as the rest of Mycel sees it: the store behind the door that only verified
 * patterns pass, the user's trust, and each author's standing. Imports are opened and checked by
 * the code validator before anything is stored; a blocked author's patterns are not imported and
 * never offered for matching. Shared patterns are matched under the id {@code ID@ADDRESS8}, so they
 * can never be mistaken for a built-in.
 */
public final class SharedPatterns {
    private final PatternStore store;
    private final InstanceKey key;
    private final CodeValidator validator;
    private final double threshold;
    private final ToDoubleFunction<String> reputation;
    private final InstantSource clock;

    /** {@code reputation} maps a fingerprint to a score in [0, 1], NaN when no report is known. */
    public SharedPatterns(PatternStore store, InstanceKey key, CodeValidator validator, double threshold,
                          ToDoubleFunction<String> reputation, InstantSource clock) {
        this.store = store;
        this.key = key;
        this.validator = validator;
        this.threshold = threshold;
        this.reputation = reputation;
        this.clock = clock;
    }

    public InstanceKey key() {
        return key;
    }

    public PatternStore store() {
        return store;
    }

    /** What an import did: stored (or already there), or refused with the reason. */
    public sealed interface Imported {
        record Stored(Envelope.Verified pattern, boolean isNew, Standing standing) implements Imported {
        }

        record Refused(String reason) implements Imported {
        }
    }

    /** Opens, checks and stores a pattern that came from {@code source} ("file", a peer's URL...). */
    public Imported importPattern(String claimedAddress, SignedPattern signed, String source) throws IOException {
        return switch (Envelope.open(claimedAddress, signed)) {
            case Envelope.Opened.Refused no -> new Imported.Refused(no.reason());
            case Envelope.Opened.Ok ok -> admit(ok.pattern(), source);
        };
    }

    private Imported admit(Envelope.Verified v, String source) throws IOException {
        Standing standing = standing(v.author().fingerprint());
        if (standing.level() == Standing.Level.BLOCKED) {
            return new Imported.Refused("refused: its author " + standing.describe() + " is blocked");
        }
        Verdict verdict = validator.check(v.pattern().language(), v.pattern().code());
        if (verdict.decision() == Decision.DENY) {
            return new Imported.Refused("refused: the code validator denies its code: " + verdict.findings().stream()
                    .filter(f -> f.decision() == Decision.DENY).map(f -> f.message() + " (line " + f.line() + ")")
                    .findFirst().orElse("dangerous code"));
        }
        boolean isNew = store.add(v, source, clock.instant());
        return new Imported.Stored(v, isNew, standing);
    }

    public Standing standing(String fingerprint) throws IOException {
        if (fingerprint.equals(key.fingerprint())) {
            return new Standing(fingerprint, Standing.Level.OWN, 1);
        }
        Optional<PatternStore.Trust> trust = store.trustOf(fingerprint);
        if (trust.isPresent()) {
            return trust.get() == PatternStore.Trust.TRUSTED ? new Standing(fingerprint, Standing.Level.TRUSTED, 1)
                    : new Standing(fingerprint, Standing.Level.BLOCKED, 0);
        }
        double score = reputation.applyAsDouble(fingerprint);
        if (Double.isNaN(score)) {
            return new Standing(fingerprint, Standing.Level.UNKNOWN, 0);
        }
        return new Standing(fingerprint, score >= threshold ? Standing.Level.ESTABLISHED : Standing.Level.LOW, score);
    }

    /** A shared pattern ready for matching, under its shared id, with its provenance. */
    public record Usable(Pattern pattern, Envelope.Verified source) {
    }

    /** Every stored pattern whose author is not blocked, newest version of each id and author last. */
    public List<Usable> usable() throws IOException {
        List<Usable> out = new ArrayList<>();
        for (PatternStore.Stored s : store.since(0, Integer.MAX_VALUE)) {
            Envelope.Verified v = s.pattern();
            if (standing(v.author().fingerprint()).level() != Standing.Level.BLOCKED) {
                out.add(new Usable(renamed(v), v));
            }
        }
        return out;
    }

    public static String sharedId(Envelope.Verified v) {
        return v.pattern().id() + "@" + v.address().substring(0, 8);
    }

    private static Pattern renamed(Envelope.Verified v) {
        Pattern p = v.pattern();
        return new Pattern(sharedId(v), p.version(), p.description(), p.examples(), p.slots(), p.language(), p.code(),
                p.presentation(), p.capabilities(), p.facts());
    }

    /** Who signed the shared pattern matched as {@code sharedId}, when it is one. */
    public Optional<Envelope.Verified> source(String sharedId) throws IOException {
        int at = sharedId.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        return store.find(sharedId.substring(at + 1)).map(PatternStore.Stored::pattern)
                .filter(v -> sharedId(v).equals(sharedId));
    }
}
