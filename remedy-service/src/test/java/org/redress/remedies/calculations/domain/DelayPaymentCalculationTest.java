package org.redress.remedies.calculations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.remedies.calculations.domain.MissedProvisionCalculationTest.assertBreaks;
import static org.redress.remedies.calculations.domain.MissedProvisionCalculationTest.assertBreaksOn;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.redress.contracts.Bounds;
import org.junit.jupiter.api.Test;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation.PartMonthRule;

class DelayPaymentCalculationTest {

    private static final Money FIFTY_POUNDS = Money.ofPence(5_000);

    @Nested
    class WholeMonths {

        @Test
        void fiftyPoundsForEachOfFiveMonthsIsTwoHundredAndFiftyPounds() {
            // 1 January to 1 June 2024: Feb 1, Mar 1, Apr 1, May 1, Jun 1 reached = 5 months × £50 = £250
            var calculation = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 6, 1), PartMonthRule.COUNT_AS_MONTH);
            assertThat(calculation.wholeMonths()).isEqualTo(5);
            assertThat(calculation.partMonth()).isFalse();
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(25_000));
        }

        @Test
        void clampMonthEndsAsDueDatesDo() {
            // 31 January + 1 month is 29 February 2024 (leap year): a whole month, nothing left over
            var calculation = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 31),
                    LocalDate.of(2024, 2, 29), PartMonthRule.COUNT_AS_MONTH);
            assertThat(calculation.wholeMonths()).isEqualTo(1);
            assertThat(calculation.partMonth()).isFalse();
            assertThat(calculation.amountDue()).isEqualTo(FIFTY_POUNDS);
        }
    }

    @Nested
    class APartMonth {

        @Test
        void countsAsAMonthUnderTheUsualWording() {
            // 1 January to 15 June 2024: 5 whole months and 14 days → 6 × £50 = £300
            var calculation = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 6, 15), PartMonthRule.COUNT_AS_MONTH);
            assertThat(calculation.partMonth()).isTrue();
            assertThat(calculation.lines()).hasSize(2);
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(30_000));
        }

        @Test
        void isLeftOutWhenOnlyWholeMonthsCount() {
            var calculation = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 6, 15), PartMonthRule.IGNORE);
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(25_000));
        }
    }

    @Test
    void needsADelay() {
        assertBreaks(() -> DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
                PartMonthRule.COUNT_AS_MONTH), "calculation.period-reversed");
    }

    @Test
    void needsASumAboveNothing() {
        assertBreaks(() -> DelayPaymentCalculation.of(Money.ZERO, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
                PartMonthRule.COUNT_AS_MONTH), "calculation.rate-not-positive");
    }

    @Nested
    class BeyondWhatAnyRemedyIsWorth {

        @Test
        void aDelayOfMoreThanTenYearsIsRefused() {
            // 120 months is the longest period the Ombudsman's remedies use; 31 Jan 2024 + 120 months = 31 Jan 2034
            var tenYears = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 31),
                    LocalDate.of(2034, 1, 31), PartMonthRule.COUNT_AS_MONTH);
            assertThat(tenYears.wholeMonths()).isEqualTo(120);
            assertBreaksOn(() -> DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 31),
                    LocalDate.of(2034, 2, 1), PartMonthRule.COUNT_AS_MONTH), "calculation.period-too-long", "to");
            assertBreaksOn(() -> DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2000, 1, 1),
                    LocalDate.of(9999, 12, 31), PartMonthRule.IGNORE), "calculation.period-too-long", "to");
        }

        @Test
        void aMonthlySumOrATotalAboveTheLargestSingleAmountIsRefused() {
            assertBreaksOn(() -> DelayPaymentCalculation.of(Money.ofPence(Long.MAX_VALUE), LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 6, 1), PartMonthRule.COUNT_AS_MONTH), "calculation.amount-too-large",
                    "monthlyAmountPence");
            assertBreaks(() -> DelayPaymentCalculation.of(Money.ofPence(Bounds.MAX_AMOUNT_PENCE), LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 3, 1), PartMonthRule.COUNT_AS_MONTH), "calculation.amount-too-large");
        }

        @Test
        void countsWholeMonthsAtTheEndOfTheCalendarWithoutLeavingIt() {
            // adding a month to 31 December +999999999 would leave LocalDate's range
            var calculation = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.MAX.minusMonths(2).withDayOfMonth(31),
                    LocalDate.MAX, PartMonthRule.COUNT_AS_MONTH);
            assertThat(calculation.wholeMonths()).isEqualTo(2);
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(10_000));
        }
    }
}
