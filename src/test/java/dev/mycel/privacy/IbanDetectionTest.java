package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IBANs: printed and compact, several countries; and code-like tokens that fail the check. */
class IbanDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Überweisung an ⟦DE89 3704 0044 0532 0130 00⟧ bitte.",
        "IBAN: ⟦GB82WEST12345698765432⟧",
        "FR ⟦FR14 2004 1010 0505 0001 3M02 606⟧, NL ⟦NL91ABNA0417164300⟧",
        "ES ⟦ES91 2100 0418 4502 0005 1332⟧; CH ⟦CH9300762011623852957⟧",
        "\"iban\": \"⟦BE68539007547034⟧\", \"bic\": \"GKCCBEBB\"",
        "Norway ⟦NO9386011117947⟧ is the shortest",
    })
    void finds_ibans(String marked) {
        Marked.finds(PiiType.IBAN, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DE89 3704 0044 0532 0130 01 has a wrong check digit",
        "GB82WEST1234569876543 is one short",
        "model DE12ABC, part number FR14 and AB12 3456 7890",
        "container MSKU1234565 and ISIN US0378331005",
    })
    void leaves_lookalikes(String text) {
        Marked.clean(text);
    }

    @Test
    void mod97_of_a_valid_iban_is_one() {
        assertThat(Mod97IbanDetector.mod97("DE89370400440532013000")).isEqualTo(1);
        assertThat(Mod97IbanDetector.mod97("DE89370400440532013001")).isNotEqualTo(1);
    }
}
