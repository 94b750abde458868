package dev.mycel.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reputation from honest evidence: who rises, how age and failures count, and that the iteration settles. */
class ReputationTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ReputationModel MODEL = ReputationModel.DEFAULTS;

    private final InstanceKey local = InstanceKey.generate();
    private final InstanceKey alice = InstanceKey.generate();
    private final InstanceKey bob = InstanceKey.generate();
    private final InstanceKey carol = InstanceKey.generate();

    private Reputation compute(Reports r) {
        return Reputation.compute(r.list(), TrustAnchors.only(local.publicKey()), MODEL, NOW);
    }

    @Test
    void authorsWhosePatternsWorkedHereRiseAboveTheThresholdInProportionToTheEvidence() {
        Reports r = new Reports()
                .add(local, alice.publicKey(), true, 5, NOW.minusSeconds(60))
                .add(local, bob.publicKey(), true, 3, NOW.minusSeconds(60))
                .add(local, carol.publicKey(), true, 1, NOW.minusSeconds(60));
        Reputation rep = compute(r);
        assertThat(rep.standing(alice.publicKey())).isEqualTo(new Reputation.Standing(1, Reputation.Level.ESTABLISHED, 5));
        Reputation.Standing b = rep.standing(bob.publicKey());
        assertThat(b.score()).isCloseTo(0.6, within(1e-6));
        assertThat(b.level()).isEqualTo(Reputation.Level.ESTABLISHED);
        Reputation.Standing c = rep.standing(carol.publicKey());
        assertThat(c.score()).isCloseTo(0.2, within(1e-6));
        assertThat(c.level()).isEqualTo(Reputation.Level.LOW);
        assertThat(rep.standing(local.publicKey())).isEqualTo(new Reputation.Standing(1, Reputation.Level.TRUSTED, 0));
        assertThat(rep.standing(InstanceKey.generate().publicKey())).isEqualTo(new Reputation.Standing(0, Reputation.Level.UNKNOWN, 0));
    }

    @Test
    void aReportOneHalfLifeOldCountsHalf() {
        Reports r = new Reports()
                .add(local, alice.publicKey(), true, 1, NOW)
                .add(local, bob.publicKey(), true, 1, NOW.minus(Duration.ofDays(30)))
                .add(local, carol.publicKey(), true, 1, NOW.minus(Duration.ofDays(90)));
        Reputation rep = compute(r);
        assertThat(rep.standing(bob.publicKey()).score()).isCloseTo(0.5, within(1e-6));
        assertThat(rep.standing(carol.publicKey()).score()).isCloseTo(0.125, within(1e-6));
        assertThat(MODEL.weight(Duration.ofDays(60))).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void failuresCancelSuccessesAndOldFailuresFadeBehindNewSuccesses() {
        Reports r = new Reports()
                .add(local, alice.publicKey(), true, 4, NOW)
                .add(local, bob.publicKey(), true, 2, NOW)
                .add(local, bob.publicKey(), false, 3, NOW)
                .add(local, carol.publicKey(), false, 10, NOW.minus(Duration.ofDays(365)))
                .add(local, carol.publicKey(), true, 2, NOW);
        Reputation rep = compute(r);
        assertThat(rep.standing(bob.publicKey())).as("more failures than successes: floored at 0, not negative")
                .isEqualTo(new Reputation.Standing(0, Reputation.Level.LOW, 5));
        // carol: 2 - 10·2^(-365/30) ≈ 1.998, against alice's 4
        assertThat(rep.standing(carol.publicKey()).score()).isCloseTo((2 - 10 * Math.pow(2, -365.0 / 30)) / 4, within(1e-6));
        assertThat(rep.standing(carol.publicKey()).level()).isEqualTo(Reputation.Level.LOW);
    }

    @Test
    void trustTravelsThroughReportersTheLocalInstanceFoundReliable() {
        // alice's patterns worked here; alice found carol's patterns good; nobody here ran carol's
        Reports r = new Reports()
                .add(local, alice.publicKey(), true, 3, NOW)
                .add(alice, carol.publicKey(), true, 3, NOW);
        Reputation rep = compute(r);
        assertThat(rep.standing(carol.publicKey()).score()).isBetween(0.5, 1.0);
        assertThat(rep.trust(carol.publicKey())).isLessThan(rep.trust(alice.publicKey()));
    }

    @Test
    void trustedAuthorsAreOneAndSpreadTrustLikeThisInstance() {
        TrustAnchors anchors = new TrustAnchors(local.publicKey(), Set.of(alice.publicKey()), Set.of());
        Reports r = new Reports()
                .add(alice, bob.publicKey(), true, 2, NOW)
                .add(bob, alice.publicKey(), false, 50, NOW);
        Reputation rep = Reputation.compute(r.list(), anchors, MODEL, NOW);
        assertThat(rep.standing(alice.publicKey())).isEqualTo(new Reputation.Standing(1, Reputation.Level.TRUSTED, 50));
        assertThat(rep.standing(bob.publicKey()).level()).isEqualTo(Reputation.Level.ESTABLISHED);
    }

    @Test
    void aBlockedAuthorIsZeroEvenWhenThisInstancePraisedIt() {
        TrustAnchors anchors = new TrustAnchors(local.publicKey(), Set.of(alice.publicKey()), Set.of(alice.publicKey(), bob.publicKey()));
        Reports r = new Reports().add(local, bob.publicKey(), true, 5, NOW).add(local, carol.publicKey(), true, 1, NOW);
        Reputation rep = Reputation.compute(r.list(), anchors, MODEL, NOW);
        assertThat(rep.standing(bob.publicKey())).isEqualTo(new Reputation.Standing(0, Reputation.Level.BLOCKED, 5));
        assertThat(rep.standing(alice.publicKey()).level()).as("blocking wins over trusting").isEqualTo(Reputation.Level.BLOCKED);
        assertThat(rep.standing(carol.publicKey()).score()).as("bob's share goes to the others").isEqualTo(1);
    }

    @Test
    void aReplayedReportCountsOnceAndSelfReportsAndFarFutureReportsNotAtAll() {
        OutcomeReport.Signed once = OutcomeReport.sign(local, Reports.address(alice.publicKey(), 1), alice.publicKey(), true, NOW);
        List<OutcomeReport.Verified> reports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reports.add(Reports.verified(once));
        }
        reports.addAll(new Reports().add(local, bob.publicKey(), true, 2, NOW)
                .add(carol, carol.publicKey(), true, 100, NOW)
                .add(local, carol.publicKey(), true, 1000, NOW.plus(Duration.ofDays(365)))
                .add(local, carol.publicKey(), true, 1, NOW.plus(Duration.ofMinutes(5))).list());
        Reputation rep = Reputation.compute(reports, TrustAnchors.only(local.publicKey()), MODEL, NOW);
        assertThat(rep.standing(alice.publicKey()).reports()).isEqualTo(1);
        assertThat(rep.standing(alice.publicKey()).score()).isCloseTo(0.5, within(1e-6));
        // carol: her 100 self-reports and the 1000 dated a year ahead do not count; the one 5 minutes ahead counts as new
        assertThat(rep.standing(carol.publicKey()).reports()).isEqualTo(1);
        assertThat(rep.standing(carol.publicKey()).score()).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void thePowerIterationConvergesToTheFixedPointOnAMessyGraph() {
        SplittableRandom random = new SplittableRandom(5);
        List<InstanceKey> keys = new ArrayList<>(List.of(local));
        for (int i = 0; i < 40; i++) {
            keys.add(InstanceKey.generate());
        }
        Reports r = new Reports();
        for (int n = 0; n < 600; n++) {
            InstanceKey from = keys.get(random.nextInt(keys.size()));
            InstanceKey to = keys.get(random.nextInt(keys.size()));
            r.add(from, to.publicKey(), random.nextInt(4) > 0, 1, NOW.minus(Duration.ofHours(random.nextInt(2000))));
        }
        Reputation rep = compute(r);
        assertThat(rep.converged()).isTrue();
        assertThat(rep.iterations()).isLessThan(MODEL.maxIterations());
        double total = keys.stream().mapToDouble(k -> rep.trust(k.publicKey())).sum();
        assertThat(total).as("t is a distribution").isCloseTo(1, within(1e-9));
        // once more from the converged state moves nothing: the model with one step more gives the same t
        ReputationModel oneMore = new ReputationModel(0.15, Duration.ofDays(30), 0.5, Duration.ofMinutes(10), 1e-15, rep.iterations() + 1);
        Reputation further = Reputation.compute(r.list(), TrustAnchors.only(local.publicKey()), oneMore, NOW);
        for (InstanceKey k : keys) {
            assertThat(further.trust(k.publicKey())).isCloseTo(rep.trust(k.publicKey()), within(1e-9));
        }
    }

    @Test
    void aSlowGraphStopsAtTheIterationCapAndSaysSo() {
        ReputationModel capped = new ReputationModel(0.15, Duration.ofDays(30), 0.5, Duration.ofMinutes(10), 1e-9, 3);
        Reports r = new Reports().add(local, alice.publicKey(), true, 1, NOW).add(alice, bob.publicKey(), true, 1, NOW)
                .add(bob, carol.publicKey(), true, 1, NOW);
        Reputation rep = Reputation.compute(r.list(), TrustAnchors.only(local.publicKey()), capped, NOW);
        assertThat(rep.converged()).isFalse();
        assertThat(rep.iterations()).isEqualTo(3);
    }
}
