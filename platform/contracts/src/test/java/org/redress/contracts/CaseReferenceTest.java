package org.redress.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseReferenceTest {

    @Test
    void formatsPrefixYearSerialAndLuhnCheckDigit() {
        // Luhn over "2026000123", doubling every second digit from the right:
        // 6+2+2+0+0+0+3+2+0+2 = 17, so the check digit is 3
        assertThat(new CaseReference("CMP", 2026, 123)).hasToString("CMP-2026-000123-3");
    }

    @Test
    void parsesWhatItFormats() {
        CaseReference reference = new CaseReference("REM", 2027, 98765);
        assertThat(CaseReference.parse(reference.toString())).isEqualTo(reference);
    }

    @Test
    void refusesAReferenceWithOneDigitMistyped() {
        assertThatThrownBy(() -> CaseReference.parse("CMP-2026-000124-3"))
                .hasMessageContaining("check digit");
    }

    @Test
    void refusesTextThatIsNotAReference() {
        assertThatThrownBy(() -> CaseReference.parse("CMP-26-1-4")).hasMessageContaining("not a case reference");
    }
}
