package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phone numbers validated by libphonenumber: national US formats, international ones, with
 * extensions; and the digit runs that only look like numbers (dates, times, versions, ids).
 */
class PhoneDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Call ⟦415-555-0132⟧ today.",
        "Call ⟦(212) 555-0199⟧ or ⟦212.555.0147⟧.",
        "office ⟦+1 (415) 555-0132⟧, toll free ⟦1-800-555-0199⟧",
        "direct ⟦+1-202-555-0173⟧ ext via ⟦(312) 555-0147 ext. 22⟧",
        "London ⟦+44 20 7946 0958⟧, Berlin ⟦+49 30 901820⟧, Paris ⟦+33 1 42 68 53 00⟧",
        "India ⟦+91 98765 43210⟧, Sydney ⟦+61 2 9374 4000⟧, Tokyo ⟦+81 3-1234-5678⟧, São Paulo ⟦+55 11 91234-5678⟧",
        "E.164 ⟦+14155550132⟧ in the CRM export",
        "Phone: ⟦4155550132⟧",
        "tel: ⟦555-123-4567⟧ (a made-up number, but it says it is a phone)",
        "\"mobile\": \"⟦(555) 123-4567⟧\"",
        "Cell ⟦(646) 555 0123⟧",
        "id,phone\n7,⟦312-555-0147⟧\n",
        "Numbers: ⟦415-555-0132⟧ / ⟦415-555-0133⟧",
        "from abroad dial ⟦0044 20 7946 0958⟧, or ⟦+1.415.555.0132⟧, or tel:⟦+14155550132⟧",
        "Madrid ⟦+34 612 34 56 78⟧, Dublin ⟦+353 1 234 5678⟧, Moscow ⟦+7 495 123-45-67⟧, Beijing ⟦+86 10 6552 9988⟧",
    })
    void finds_numbers(String marked) {
        Marked.finds(PiiType.PHONE, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-15 10:30:00 INFO started",
        "2024-03-15T10:30:00.123+01:00",
        "Released 12/01/2023, due 15.01.2024, fiscal 2023-2024",
        "Version 10.0.19041.1288 and 4.17.21",
        "dotted quad 10.200.300.400 is no address, port 8080",
        "order 8005551234 shipped",
        "unix time 1700000000, epoch ms 1700000000123",
        "total: $1,234,567.89 and 12,345,678 users",
        "ISBN 978-3-16-148410-0",
        "lat 40.712776, lon -74.005974",
        "555-123-4567 is not a real number and nothing says it is a phone",
        "invoice INV-2024-0001234, ticket #4155550132",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "range 1 2 3 4 5 6 7 8 9 10",
        "resolution 1920x1080 at 60 fps, 16:9",
        "PID 4242, uptime 123456789 s",
    })
    void leaves_numbers_that_are_not_phones(String text) {
        Marked.clean(text);
    }

    @Test
    void national_numbers_follow_the_configured_region() {
        String uk = "Ring 020 7946 0958 about it.";
        assertThat(Marked.values(PiiType.PHONE, uk)).isEmpty();
        assertThat(new Redactor("GB").findings(uk)).extracting(Span::type).containsExactly(PiiType.PHONE);
        assertThat(new Redactor("gb").findings("+1 415-555-0132")).hasSize(1);
    }

    @Test
    void an_unknown_region_is_refused() {
        assertThatThrownBy(() -> new Redactor("ZZ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZZ");
    }
}
