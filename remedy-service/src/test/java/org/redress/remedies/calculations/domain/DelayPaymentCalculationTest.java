package org.redress.remedies.calculations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.remedies.calculations.domain.MissedProvisionCalculationTest.assertBreaks;
import static org.redress.remedies.calculations.domain.MissedProvisionCalculationTest.assertBreaksOn;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.redress.contracts.Bounds;
import org.junit.jupiter.api.Test;
import org.redress.remedies.calculations.domain.BreakdownLine.LineItem;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation.PartMonthRule;

class DelayPaymentCalculationTest {

    private static final Money FIFTY_POUNDS = Money.ofPence(5_000);

    @Nested
    class WholeMonths {

        @Test
        void fiftyPoundsForEachOfFiveMonthsIsTwoHundredAndFiftyPounds() {
            // 1 January to 31 May 2024, both days counted: January to May = 5 months × £50 = £250
            assertThat(counted(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31), 5, false).amountDue())
                    .isEqualTo(Money.ofPence(25_000));
        }

        @Test
        void clampMonthEndsAsDueDatesDo() {
            // 31 January to 29 February 2024 (leap year): February has no 30th, so the month runs to its end
            assertThat(counted(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), 1, false).amountDue())
                    .isEqualTo(FIFTY_POUNDS);
        }
    }

    /**
     * Inclusive periods as a complaints manager counts them (DOMAIN §5: 1 March to 31 July is five
     * whole months): both the first and the last day are days of delay. A month starting on the 1st
     * runs to the end of that month; one starting on another day runs to the day before the same day
     * of the next month, or to the end of a month too short to have that day. A part month is counted
     * whole or left out ({@link PartMonthRule}), never as a fraction such as 15/29 of February.
     */
    @Nested
    class InclusivePeriodsCountedAsAPersonCountsThem {

        @Test
        void firstOfJanuaryToThirtyFirstOfMarchIsExactlyThreeMonths() {
            var calculation = counted(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 3, false);
            assertThat(calculation.lines()).extracting(BreakdownLine::item).containsExactly(LineItem.WHOLE_MONTHS);
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(15_000));
        }

        @Test
        void firstOfMarchToThirtyFirstOfJulyIsFiveWholeMonths() {
            counted(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 31), 5, false);
        }

        @Test
        void firstOfJanuaryToFifteenthOfFebruaryIsAMonthAndFifteenDaysOfFebruary() {
            // January is the whole month; 1 to 15 February (15 days of 29 in 2024) is the part month
            var calculation = counted(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15), 1, true);
            assertThat(calculation.lines()).extracting(BreakdownLine::item)
                    .containsExactly(LineItem.WHOLE_MONTHS, LineItem.PART_MONTH);
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(10_000));
            assertThat(DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15),
                    PartMonthRule.IGNORE).amountDue()).isEqualTo(FIFTY_POUNDS);
            assertThat(Breakdowns.of(calculation)).isEqualTo("Delay 2024-01-01 to 2024-02-15, both days counted: 1 whole "
                    + "month and a part month of 15 days from 2024-02-01, at £50.00 a month (part month COUNT_AS_MONTH):"
                    + " WHOLE_MONTHS 1 = £50.00; PART_MONTH 1 = £50.00; total £100.00");
        }

        @Test
        void fifteenthOfJanuaryToFourteenthOfFebruaryIsOneMonth() {
            counted(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14), 1, false);
        }

        @Test
        void aSingleDayIsAPartMonth() {
            var calculation = counted(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 10), 0, true);
            assertThat(calculation.amountDue()).isEqualTo(FIFTY_POUNDS);
            assertThat(Breakdowns.of(calculation)).startsWith("Delay 2025-06-10 to 2025-06-10, both days counted: "
                    + "0 whole months and a part month of 1 day from 2025-06-10,");
        }

        @Test
        void aMonthStartingAtTheEndOfJanuaryRunsToTheEndOfFebruary() {
            // 29, 30 and 31 January 2025 to 28 February: February has no 29th, 30th or 31st
            for (int day = 29; day <= 31; day++) {
                counted(LocalDate.of(2025, 1, day), LocalDate.of(2025, 2, 28), 1, false);
            }
            // and 31 January to 30 March is two months; 31 March is a day into the third
            counted(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 30), 2, false);
            counted(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 31), 2, true);
        }

        @Test
        void aYearIsTwelveMonthsWhicheverDayItStarts() {
            counted(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 12, false);
            counted(LocalDate.of(2024, 4, 6), LocalDate.of(2025, 4, 5), 12, false);
        }
    }

    /** £50 a month from {@code from} to {@code to}, a part month counted, checked to have these months. */
    private static DelayPaymentCalculation counted(LocalDate from, LocalDate to, long wholeMonths, boolean partMonth) {
        var calculation = DelayPaymentCalculation.of(FIFTY_POUNDS, from, to, PartMonthRule.COUNT_AS_MONTH);
        assertThat(calculation.wholeMonths()).as("whole months from %s to %s", from, to).isEqualTo(wholeMonths);
        assertThat(calculation.partMonth()).as("part month from %s to %s", from, to).isEqualTo(partMonth);
        return calculation;
    }

    @Nested
    class APartMonth {

        @Test
        void countsAsAMonthUnderTheUsualWording() {
            // 1 January to 15 June 2024: January to May and 15 days of June → 6 × £50 = £300
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
    void refusesADelayThatEndsBeforeItBegins() {
        assertBreaks(() -> DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1),
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
            // 120 months is the longest period the Ombudsman's remedies use: 31 January 2024 to 30 January 2034,
            // both days counted; one day more is a part month beyond it
            var tenYears = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 31),
                    LocalDate.of(2034, 1, 30), PartMonthRule.COUNT_AS_MONTH);
            assertThat(tenYears.wholeMonths()).isEqualTo(120);
            assertThat(tenYears.partMonth()).isFalse();
            assertBreaksOn(() -> DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.of(2024, 1, 31),
                    LocalDate.of(2034, 1, 31), PartMonthRule.COUNT_AS_MONTH), "calculation.period-too-long", "to");
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
            var calculation = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.MAX.minusMonths(2).withDayOfMonth(1),
                    LocalDate.MAX, PartMonthRule.COUNT_AS_MONTH);
            assertThat(calculation.wholeMonths()).isEqualTo(3);
            assertThat(calculation.partMonth()).isFalse();
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(15_000));
            var fromTheThirtyFirst = DelayPaymentCalculation.of(FIFTY_POUNDS, LocalDate.MAX.minusMonths(2).withDayOfMonth(31),
                    LocalDate.MAX, PartMonthRule.IGNORE);
            assertThat(fromTheThirtyFirst.wholeMonths()).isEqualTo(2);
            assertThat(fromTheThirtyFirst.partMonth()).isTrue();
        }
    }
}
