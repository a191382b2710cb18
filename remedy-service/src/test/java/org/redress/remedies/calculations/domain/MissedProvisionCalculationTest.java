package org.redress.remedies.calculations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.calculations.domain.BreakdownLine.LineItem;

class MissedProvisionCalculationTest {

    private static final ProvisionRate FIFTY_TWO_FIFTY_A_WEEK = new ProvisionRate.Weekly(Money.ofPence(5_250));

    @Nested
    class AWeeklyAmountOverAnInclusivePeriod {

        @Test
        void paysJulyToSeptember2024ToThePenny() {
            // by hand: 1 July to 30 September 2024 inclusive = 31 + 31 + 30 = 92 days = 13 weeks + 1 day.
            // 13 × £52.50 = £682.50; 1 day × £52.50 ÷ 7 = £7.50 exactly; total £690.00.
            var calculation = MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 9, 30), Money.ZERO);

            assertThat(calculation.days()).isEqualTo(92);
            assertThat(calculation.lines()).extracting(BreakdownLine::item)
                    .containsExactly(LineItem.WHOLE_WEEKS, LineItem.REMAINING_DAYS);
            assertThat(calculation.lines().get(0).quantity()).isEqualByComparingTo("13");
            assertThat(calculation.lines().get(0).amount()).isEqualTo(Money.ofPence(68_250));
            assertThat(calculation.lines().get(1).quantity()).isEqualByComparingTo("1");
            assertThat(calculation.lines().get(1).amount()).isEqualTo(Money.ofPence(750));
            assertThat(calculation.lines().get(1).rounded()).isFalse();
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(69_000));
        }

        @Test
        void countsBothTheFirstAndTheLastDay() {
            var oneDay = MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 7, 1), Money.ZERO);
            assertThat(oneDay.days()).isEqualTo(1);
            assertThat(oneDay.amountDue()).isEqualTo(Money.ofPence(750));
        }

        @Test
        void countsTheTwentyNinthOfFebruaryInALeapYear() {
            // by hand: 1 to 29 February 2024 = 29 days = 4 weeks + 1 day at £100 a week.
            // 4 × £100 = £400.00; 1 × £100 ÷ 7 = £14.285714… rounded half up to £14.29; total £414.29.
            // The same dates in 2023 (28 days) are exactly 4 weeks, £400.00.
            ProvisionRate hundredAWeek = new ProvisionRate.Weekly(Money.ofPence(10_000));
            var leap = MissedProvisionCalculation.of(hundredAWeek, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29),
                    Money.ZERO);
            var common = MissedProvisionCalculation.of(hundredAWeek, LocalDate.of(2023, 2, 1),
                    LocalDate.of(2023, 2, 28), Money.ZERO);

            assertThat(leap.days()).isEqualTo(29);
            assertThat(leap.lines().get(1).amount()).isEqualTo(Money.ofPence(1_429));
            assertThat(leap.lines().get(1).rounded()).isTrue();
            assertThat(leap.lines().get(1).unitRate()).isEqualByComparingTo("1428.5714");
            assertThat(leap.amountDue()).isEqualTo(Money.ofPence(41_429));
            assertThat(common.days()).isEqualTo(28);
            assertThat(common.lines()).extracting(BreakdownLine::item).containsExactly(LineItem.WHOLE_WEEKS);
            assertThat(common.amountDue()).isEqualTo(Money.ofPence(40_000));
        }

        @Test
        void roundsTheRemainingDaysOnceNotTheDailyRate() {
            // 6 days at £100 a week: 6 × 10000 ÷ 7 = 8571.43p → £85.71; rounding the daily rate
            // first (£14.29 × 6 = £85.74) would overpay by 3p.
            var calculation = MissedProvisionCalculation.of(new ProvisionRate.Weekly(Money.ofPence(10_000)),
                    LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 6), Money.ZERO);
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(8_571));
        }
    }

    @Nested
    class WhatWasAlreadyPaid {

        @Test
        void isDeductedAsItsOwnLineLeavingTheShortfall() {
            // a council repaid only part of the period: £500.00 of the £690.00 owed leaves £190.00
            var calculation = MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 9, 30), Money.ofPence(50_000));
            assertThat(calculation.gross()).isEqualTo(Money.ofPence(69_000));
            assertThat(calculation.lines().get(2).item()).isEqualTo(LineItem.ALREADY_PAID);
            assertThat(calculation.lines().get(2).amount()).isEqualTo(Money.ofPence(-50_000));
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(19_000));
        }

        @Test
        void cannotBeMoreThanThePeriodWasWorth() {
            assertBreaks(() -> MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 7, 7), Money.ofPence(5_251)), "calculation.already-paid-exceeds-provision");
        }

        @Test
        void cannotBeNegative() {
            assertBreaks(() -> MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 7, 7), Money.ofPence(-1)), "calculation.already-paid-negative");
        }
    }

    @Nested
    class OtherRates {

        @Test
        void hoursPerWeekTimesAnHourlyRateIsRoundedOnceHalfUp() {
            // 7.5 hours × £10.01 = £75.075 → £75.08 (half up); 2 weeks = £150.16
            var calculation = MissedProvisionCalculation.of(
                    new ProvisionRate.Hourly(new BigDecimal("7.5"), Money.ofPence(1_001)), LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 7, 14), Money.ZERO);
            assertThat(calculation.lines()).extracting(BreakdownLine::item)
                    .containsExactly(LineItem.WEEKLY_AMOUNT_FROM_HOURS, LineItem.WHOLE_WEEKS);
            assertThat(calculation.weeklyAmount()).isEqualTo(Money.ofPence(7_508));
            assertThat(calculation.lines().get(0).rounded()).isTrue();
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(15_016));
        }

        @Test
        void aMonthlyAmountIsTwelveMonthsSpreadOverFiftyTwoWeeks() {
            // £433.33 a month × 12 ÷ 52 = £99.9992… → £100.00 a week; 1 week = £100.00
            var calculation = MissedProvisionCalculation.of(new ProvisionRate.Monthly(Money.ofPence(43_333)),
                    LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 7), Money.ZERO);
            assertThat(calculation.lines().get(0).item()).isEqualTo(LineItem.WEEKLY_AMOUNT_FROM_MONTHLY);
            assertThat(calculation.weeklyAmount()).isEqualTo(Money.ofPence(10_000));
            assertThat(calculation.amountDue()).isEqualTo(Money.ofPence(10_000));
        }

        @Test
        void mustBeMoreThanNothing() {
            assertBreaks(() -> new ProvisionRate.Weekly(Money.ZERO), "calculation.rate-not-positive");
            assertBreaks(() -> new ProvisionRate.Hourly(BigDecimal.ZERO, Money.ofPence(1_000)),
                    "calculation.hours-out-of-range");
        }
    }

    @Nested
    class BeyondWhatAnyRemedyIsWorth {

        @Test
        void aWeeklyRateOfLongMaxValueOverAYearIsRefusedNotOverflowed() {
            // the event that stopped the consumer: 9223372036854775807 pence a week
            assertBreaks(() -> MissedProvisionCalculation.of(new ProvisionRate.Weekly(Money.ofPence(Long.MAX_VALUE)),
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Money.ZERO), "calculation.amount-too-large");
        }

        @Test
        void aRateAboveTheLargestSingleAmountIsRefusedNamingItsField() {
            assertBreaksOn(() -> new ProvisionRate.Weekly(Money.ofPence(Bounds.MAX_AMOUNT_PENCE + 1)),
                    "calculation.amount-too-large", "weeklyAmountPence");
            assertBreaksOn(() -> new ProvisionRate.Monthly(Money.ofPence(Long.MAX_VALUE)),
                    "calculation.amount-too-large", "monthlyAmountPence");
            assertBreaksOn(() -> new ProvisionRate.Hourly(BigDecimal.ONE, Money.ofPence(Long.MAX_VALUE)),
                    "calculation.amount-too-large", "hourlyRatePence");
        }

        @Test
        void aTotalAboveTheLargestSingleAmountIsRefused() {
            // £10,000,000.00 a week is itself plausible; two weeks of it is not a remedy
            assertBreaks(() -> MissedProvisionCalculation.of(new ProvisionRate.Weekly(Money.ofPence(Bounds.MAX_AMOUNT_PENCE)),
                    LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 14), Money.ZERO), "calculation.amount-too-large");
        }

        @Test
        void aPeriodLongerThanTenYearsIsRefused() {
            // 120 months is the longest period the Ombudsman's remedies use: 1 January 2024 to 31 December 2033,
            // both days counted; 1 January 2034 would be a day more than ten years
            var tenYears = MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2033, 12, 31), Money.ZERO);
            assertThat(tenYears.days()).isEqualTo(3_653);
            assertBreaksOn(() -> MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2034, 1, 1), Money.ZERO), "calculation.period-too-long", "to");
            assertBreaksOn(() -> MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.MIN, LocalDate.MAX,
                    Money.ZERO), "calculation.period-too-long", "to");
        }

        @Test
        void whatWasAlreadyPaidAboveTheLargestSingleAmountIsRefused() {
            assertBreaksOn(() -> MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 7, 1),
                    LocalDate.of(2024, 7, 7), Money.ofPence(Long.MAX_VALUE)), "calculation.amount-too-large",
                    "alreadyPaidPence");
        }
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertBreaks(() -> MissedProvisionCalculation.of(FIFTY_TWO_FIFTY_A_WEEK, LocalDate.of(2024, 7, 2),
                LocalDate.of(2024, 7, 1), Money.ZERO), "calculation.period-reversed");
    }

    static void assertBreaksOn(Runnable calculation, String rule, String field) {
        assertThatThrownBy(calculation::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.field()).isEqualTo(field);
        });
    }

    static void assertBreaks(Runnable calculation, String rule) {
        assertThatThrownBy(calculation::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }
}
