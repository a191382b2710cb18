package org.redress.remedies.calculations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void isShownInPoundsAndPence() {
        assertThat(Money.ofPence(123_405)).hasToString("£1,234.05");
        assertThat(Money.ofPence(-750)).hasToString("-£7.50");
    }

    @Test
    void roundsAFractionOfAPennyHalfUp() {
        assertThat(Money.roundedHalfUp(new BigDecimal("7507.5"))).isEqualTo(Money.ofPence(7_508));
        assertThat(Money.roundedHalfUp(new BigDecimal("7507.49"))).isEqualTo(Money.ofPence(7_507));
    }

    @Test
    void refusesToOverflowRatherThanWrapAroundNamingTheRule() {
        // an ArithmeticException would reach a caller as a 500 and stop an event consumer
        MissedProvisionCalculationTest.assertBreaks(() -> Money.ofPence(Long.MAX_VALUE).plus(Money.ofPence(1)),
                "calculation.amount-too-large");
        MissedProvisionCalculationTest.assertBreaks(() -> Money.ofPence(Long.MIN_VALUE).minus(Money.ofPence(1)),
                "calculation.amount-too-large");
        MissedProvisionCalculationTest.assertBreaks(() -> Money.ofPence(Long.MAX_VALUE / 2).times(3),
                "calculation.amount-too-large");
        MissedProvisionCalculationTest.assertBreaks(() -> Money.roundedHalfUp(new BigDecimal("1e30")),
                "calculation.amount-too-large");
    }
}
