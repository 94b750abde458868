package dev.mycel.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** US Social Security numbers: dashed anywhere, spaced or bare only when labelled; never the ranges the SSA does not issue. */
class SsnDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "SSN ⟦078-05-1120⟧ on file",
        "applicant ⟦219-09-9999⟧, spouse ⟦123-45-6789⟧",
        "social security number ⟦219 09 9999⟧",
        "ssn=⟦078051120⟧",
        "{\"ssn\": \"⟦536-90-4399⟧\"}",
        "SS#: ⟦401-33-2222⟧",
    })
    void finds_ssns(String marked) {
        Marked.finds(PiiType.SSN, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "area 000: 000-12-3456, area 666: 666-12-3456, area 9xx: 912-34-5678",
        "group 00: 123-00-4567, serial 0000: 123-45-0000",
        "nine bare digits 078051120 without a label",
        "spaced 219 09 9999 without a label",
        "part of a longer id: X-123-45-6789 and 1123-45-6789 and 123-45-67890",
        "dates 2024-01-15 and ranges 100-20-3000 km? no: 100-20-3000 is a valid shape",
    })
    void leaves_non_ssns(String text) {
        if (text.startsWith("dates")) {
            Marked.finds(PiiType.SSN, "dates 2024-01-15 and ranges ⟦100-20-3000⟧ km? no: ⟦100-20-3000⟧ is a valid shape");
            return;
        }
        Marked.clean(text);
    }
}
