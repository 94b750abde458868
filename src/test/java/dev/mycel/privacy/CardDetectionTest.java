package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Payment cards: Luhn, issuer prefixes and lengths, grouping; and long numbers that are not cards. */
class CardDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Visa ⟦4111 1111 1111 1111⟧ exp 12/27",
        "card=⟦4012888888881881⟧&cvv=123",
        "Mastercard ⟦5555-5555-5555-4444⟧ and 2-series ⟦2223 0031 2200 3222⟧",
        "Amex ⟦378282246310005⟧ / ⟦3782 822463 10005⟧",
        "Discover ⟦6011 1111 1111 1117⟧, JCB ⟦3530111333300000⟧, Diners ⟦3056 930902 5904⟧",
        "UnionPay ⟦6200000000000005⟧, Visa 13 ⟦4222222222222⟧",
        "{\"pan\": \"⟦4242424242424242⟧\"}",
        "order,card\n17,⟦5105 1051 0510 5100⟧\n",
        "paid with ⟦4111 1111 1111 1111⟧ 12/27 123",
    })
    void finds_cards(String marked) {
        Marked.finds(PiiType.CARD, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tracking 4111111111111112 (fails Luhn)",
        "id 1234567812345678 and 9999999999999995",
        "timestamp_ms 1700000000000 and 17000000000000000",
        "build 4111-1111-1111-1111-1111-1111 has too many digits",
        "hash 4111111111111111abcdef and v4111111111111111",
        "amounts 4111 1111 and 1111 1111",
        "an Amex prefix with Visa length 3782822463100050",
    })
    void leaves_numbers_that_are_not_cards(String text) {
        Marked.clean(text);
    }

    @Test
    void luhn_and_issuer_rules() {
        assertThat(LuhnCardDetector.luhn("4111111111111111")).isTrue();
        assertThat(LuhnCardDetector.luhn("4111111111111112")).isFalse();
        assertThat(LuhnCardDetector.issuerLength("378282246310005")).isTrue();
        assertThat(LuhnCardDetector.issuerLength("3782822463100050")).isFalse();
        assertThat(LuhnCardDetector.issuerLength("9111111111111111")).isFalse();
    }
}
