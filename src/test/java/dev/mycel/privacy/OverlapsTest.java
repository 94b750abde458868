package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Overlapping findings are settled the same way whatever order the detectors reported them in. */
class OverlapsTest {

    private static Span s(PiiType t, int start, int end) {
        return new Span(t, start, end);
    }

    /** {@code found}, in the order given and reversed, is settled to exactly {@code kept}. */
    private static void settles(List<Span> found, Span... kept) {
        assertThat(Overlaps.resolve(found)).containsExactly(kept);
        assertThat(Overlaps.resolve(found.reversed())).containsExactly(kept);
    }

    @Test
    void the_longest_span_wins_and_swallows_what_is_inside_it() {
        settles(List.of(s(PiiType.PHONE, 5, 15), s(PiiType.CARD, 0, 19)), s(PiiType.CARD, 0, 19));
    }

    @Test
    void on_equal_length_the_more_specific_type_wins() {
        settles(List.of(s(PiiType.SECRET, 10, 30), s(PiiType.API_KEY, 10, 30)), s(PiiType.API_KEY, 10, 30));
        settles(List.of(s(PiiType.API_KEY, 0, 40), s(PiiType.JWT, 0, 40)), s(PiiType.JWT, 0, 40));
    }

    @Test
    void a_partial_overlap_widens_the_winner_so_no_fragment_stays_in_the_clear() {
        settles(List.of(s(PiiType.URL_PASSWORD, 40, 51), s(PiiType.EMAIL, 50, 68)), s(PiiType.EMAIL, 40, 68));
    }

    @Test
    void separate_spans_are_kept_in_order_and_duplicates_collapse() {
        settles(List.of(s(PiiType.IP, 30, 40), s(PiiType.EMAIL, 0, 10), s(PiiType.EMAIL, 0, 10), s(PiiType.NAME, 12, 20)),
                s(PiiType.EMAIL, 0, 10), s(PiiType.NAME, 12, 20), s(PiiType.IP, 30, 40));
    }

    @Test
    void the_result_does_not_depend_on_the_order_of_the_findings() {
        Random random = new Random(7);
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int start = random.nextInt(1000);
            found.add(s(PiiType.values()[random.nextInt(PiiType.values().length)], start, start + 1 + random.nextInt(30)));
        }
        List<Span> first = Overlaps.resolve(found);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(found, random);
            assertThat(Overlaps.resolve(found)).isEqualTo(first);
        }
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).start()).isGreaterThanOrEqualTo(first.get(i - 1).end());
        }
    }

    @Test
    void real_text_overlaps_are_settled_as_expected() {
        // the password in the URL and the e-mail-shaped "3@db.example.com" would overlap without the URL rule
        Marked.finds(PiiType.URL_PASSWORD, "postgres://u:⟦pa&3⟧@db.example.com/x");
        // an AWS secret in an assignment is an API key, not just a secret
        Marked.finds(PiiType.API_KEY, "aws_secret_access_key=⟦wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟧");
        // a card number is longer than any phone number hiding inside it
        Marked.finds(PiiType.CARD, "card ⟦4111 1111 1111 1111⟧");
        // a Bearer JWT is a JWT
        Marked.finds(PiiType.JWT, "Bearer ⟦eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.⟧");
    }
}
