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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The collective as the rest of Mycel sees it: the store behind the door that only verified
 * patterns pass, the user's trust, and each author's standing. Imports are opened and checked by
 * the code validator before anything is stored; a blocked author's patterns are not imported and
 * never offered for matching. Shared patterns are matched under the id {@code ID@ADDRESS8}, so they
 * can never be mistaken for a built-in.
 */
public final class SharedPatterns {
    /** Counted reports an author needs, besides the score, before their patterns run unasked. */
    public static final int MIN_REPORTS = 3;

    private final PatternStore store;
    private final InstanceKey key;
    private final CodeValidator validator;
    private final ReputationModel model;
    private final InstantSource clock;
    /** Reputation is recomputed when a report or the user's trust changes, and at least every minute (reports decay). */
    private volatile Known cached;

    private record Known(Reputation reputation, Map<String, AuthorKey> keys, java.time.Instant at) {
    }

    public SharedPatterns(PatternStore store, InstanceKey key, CodeValidator validator, double threshold, InstantSource clock) {
        this.store = store;
        this.key = key;
        this.validator = validator;
        ReputationModel d = ReputationModel.DEFAULTS;
        this.model = new ReputationModel(d.preTrustWeight(), d.halfLife(), threshold, d.clockSkew(), d.tolerance(), d.maxIterations());
        this.clock = clock;
    }

    /** Records, signed by this instance, how a run of a shared pattern went: the evidence reputation is made of. */
    public void reportOutcome(Envelope.Verified pattern, boolean success) throws IOException {
        OutcomeReport.Signed r = OutcomeReport.sign(key, pattern.address(), pattern.author(), success, clock.instant());
        store.addOutcome(r.body(), r.signature(), clock.instant());
        cached = null;
    }

    /**
     * Keeps outcome reports from a peer that verified and that another instance signed; a report
     * claiming to be this instance's own is not taken from anyone else. Returns how many were new.
     */
    public int acceptReports(List<OutcomeReport.Signed> reports) throws IOException {
        int added = 0;
        for (OutcomeReport.Signed r : reports) {
            if (OutcomeReport.open(r) instanceof OutcomeReport.Opened.Ok ok
                    && !ok.report().report().reporter().equals(key.publicKey())
                    && store.addOutcome(r.body(), r.signature(), clock.instant())) {
                added++;
            }
        }
        cached = null;
        return added;
    }

    /**
     * Turns noisy counts into reports this instance releases to peers: {@code successes} reports of
     * success and {@code failures} of failure about a pattern, dated within today (UTC) a second
     * apart. Made only from counts that passed the privacy budget, so they say no more than those.
     */
    public List<OutcomeReport.Signed> release(Envelope.Verified pattern, long successes, long failures) {
        java.time.Instant day = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        List<OutcomeReport.Signed> out = new ArrayList<>();
        for (long i = 0; i < successes + failures; i++) {
            out.add(OutcomeReport.sign(key, pattern.address(), pattern.author(), i < successes, day.plusSeconds(i)));
        }
        return out;
    }

    /** Trust or block an author; reputation follows at once. */
    public void setTrust(String fingerprint, PatternStore.Trust trust) throws IOException {
        store.setTrust(fingerprint, trust, clock.instant());
        cached = null;
    }

    private Known known() throws IOException {
        Known k = cached;
        if (k != null && k.at().plusSeconds(60).isAfter(clock.instant())) {
            return k;
        }
        Map<String, AuthorKey> keys = new HashMap<>();
        List<OutcomeReport.Verified> reports = new ArrayList<>();
        for (byte[][] r : store.outcomes()) {
            if (OutcomeReport.open(r[0], r[1]) instanceof OutcomeReport.Opened.Ok ok) {
                reports.add(ok.report());
                keys.put(ok.report().report().reporter().fingerprint(), ok.report().report().reporter());
                keys.put(ok.report().report().patternAuthor().fingerprint(), ok.report().report().patternAuthor());
            }
        }
        for (PatternStore.Stored s : store.since(0, Integer.MAX_VALUE)) {
            keys.put(s.pattern().author().fingerprint(), s.pattern().author());
        }
        Set<AuthorKey> trusted = new HashSet<>();
        Set<AuthorKey> blocked = new HashSet<>();
        store.withTrust(PatternStore.Trust.TRUSTED).stream().map(keys::get).filter(java.util.Objects::nonNull).forEach(trusted::add);
        store.withTrust(PatternStore.Trust.BLOCKED).stream().map(keys::get).filter(java.util.Objects::nonNull).forEach(blocked::add);
        blocked.remove(key.publicKey());
        trusted.removeAll(blocked);
        k = new Known(Reputation.compute(reports, new TrustAnchors(key.publicKey(), trusted, blocked), model, clock.instant()),
                keys, clock.instant());
        cached = k;
        return k;
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
        Known k = known();
        AuthorKey author = k.keys().get(fingerprint);
        if (author == null) {
            return new Standing(fingerprint, Standing.Level.UNKNOWN, 0);
        }
        Reputation.Standing r = k.reputation().standing(author);
        return new Standing(fingerprint, switch (r.level()) {
            // scores are relative, so a little evidence can mean a high score: a few reports are needed as well
            case ESTABLISHED, TRUSTED -> r.reports() >= MIN_REPORTS ? Standing.Level.ESTABLISHED : Standing.Level.LOW;
            case LOW -> Standing.Level.LOW;
            case UNKNOWN -> Standing.Level.UNKNOWN;
            case BLOCKED -> Standing.Level.BLOCKED;
        }, r.score());
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
