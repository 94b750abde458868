package dev.mycel.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of birth in the formats people write, next to birth words; every other date is left alone. */
class BirthDateDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "DOB: ⟦1985-03-12⟧",
        "D.O.B. ⟦03/14/1982⟧",
        "Date of Birth: ⟦14 March 1982⟧",
        "born on ⟦1990-07-04⟧ in Ohio",
        "Birthday: ⟦July 4th, 1990⟧",
        "\"dateOfBirth\": \"⟦1975-12-01⟧\", \"birth_date\": \"⟦01.12.1975⟧\"",
        "dob=⟦19851231⟧",
        "date of birth (MM/DD/YYYY): ⟦07/04/1976⟧",
        "she was born ⟦5th of March, 1987⟧",
        "birthdate: ⟦12-Feb-1969⟧",
        "Born:\n⟦2 Jan 2001⟧",
    })
    void finds_birth_dates(String marked) {
        Marked.finds(PiiType.DATE_OF_BIRTH, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Released on 2024-03-15, due 12/01/2023, meeting on March 5, 2024",
        "2024-03-15T10:30:00Z INFO job finished",
        "He was born in 1985 and moved in 2001.",
        "Adobe 2023-05-01 update, stubborn 2023-05-02 bug, reborn 2023-05-03 project",
        "DOB: unknown",
        "date of birth: 1985-13-45 is no date",
        "birth rate fell 3% between the 1990 and 2000 censuses",
    })
    void leaves_other_dates(String text) {
        Marked.clean(text);
    }
}
