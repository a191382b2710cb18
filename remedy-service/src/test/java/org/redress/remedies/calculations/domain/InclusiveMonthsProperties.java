package org.redress.remedies.calculations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.remedies.calculations.domain.MoneySamples.failing;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation.PartMonthRule;

/**
 * The delay payment's months over {@value #PERIODS} seeded inclusive periods, against computations
 * written differently: {@link MonthsCountedByHand} turning calendar pages, and, for periods starting on
 * the 1st to the 28th (where no month is too short to hold the starting day), java.time's own
 * {@link Period#between} up to the day after the last day. Starting days at the ends of months and
 * last days at the ends of months are favoured, because that is where a month is miscounted.
 */
class InclusiveMonthsProperties {

    static final int PERIODS = 20_000;
    private static final Money TEN_POUNDS = Money.ofPence(1_000);

    @Test
    void wholeAndPartMonthsAreCountedAsAPersonCountsThem() {
        Random random = new Random(MoneySamples.SEED);
        for (int i = 0; i < PERIODS; i++) {
            LocalDate from = startDay(random);
            LocalDate to = lastDay(random, from);
            MonthsCountedByHand.Count byHand = MonthsCountedByHand.of(from, to);
            DelayPaymentCalculation calculation;
            try {
                calculation = DelayPaymentCalculation.of(TEN_POUNDS, from, to, PartMonthRule.COUNT_AS_MONTH);
            } catch (RuleViolation refused) {
                assertThat(refused.rule()).as(failing(from, to)).isEqualTo("calculation.period-too-long");
                assertThat(MonthsCountedByHand.withinTheLongestRemedy(from, to))
                        .as("refused a period of at most %d months: %s", Bounds.MAX_PERIOD_MONTHS, failing(from, to))
                        .isFalse();
                continue;
            }
            assertThat(MonthsCountedByHand.withinTheLongestRemedy(from, to)).as("accepted: " + failing(from, to)).isTrue();
            assertThat(calculation.wholeMonths()).as("whole months " + failing(from, to)).isEqualTo(byHand.wholeMonths());
            assertThat(calculation.partMonth()).as("part month " + failing(from, to)).isEqualTo(byHand.partMonth());
            assertThat(calculation.amountDue()).as(failing(from, to))
                    .isEqualTo(TEN_POUNDS.times(byHand.wholeMonths() + (byHand.partMonth() ? 1 : 0)));
            if (from.getDayOfMonth() <= 28) {
                Period javaTime = Period.between(from, to.plusDays(1));
                assertThat(calculation.wholeMonths()).as("java.time " + failing(from, to))
                        .isEqualTo(javaTime.toTotalMonths());
                assertThat(calculation.partMonth()).as("java.time " + failing(from, to)).isEqualTo(javaTime.getDays() > 0);
            }
        }
    }

    @Test
    void theFirstOfAMonthToTheLastDayOfAnotherIsEveryCalendarMonthBetweenAndNoPartMonth() {
        Random random = new Random(MoneySamples.SEED);
        for (int i = 0; i < PERIODS; i++) {
            YearMonth first = YearMonth.of(2000 + random.nextInt(40), 1 + random.nextInt(12));
            YearMonth last = first.plusMonths(random.nextInt(Bounds.MAX_PERIOD_MONTHS));
            LocalDate from = first.atDay(1);
            LocalDate to = last.atEndOfMonth();
            var calculation = DelayPaymentCalculation.of(TEN_POUNDS, from, to, PartMonthRule.IGNORE);
            assertThat(calculation.wholeMonths()).as(failing(from, to)).isEqualTo(ChronoUnit.MONTHS.between(first, last) + 1);
            assertThat(calculation.partMonth()).as(failing(from, to)).isFalse();
        }
    }

    /** A day from 2000 to 2039, a third of them the 1st or one of the last four days of a month. */
    private static LocalDate startDay(Random random) {
        YearMonth month = YearMonth.of(2000 + random.nextInt(40), 1 + random.nextInt(12));
        return switch (random.nextInt(6)) {
            case 0 -> month.atDay(1);
            case 1 -> month.atDay(month.lengthOfMonth() - random.nextInt(4));
            default -> month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        };
    }

    /** The period's last day: the same day, a few days on, or up to about 125 months on, month ends favoured. */
    private static LocalDate lastDay(Random random, LocalDate from) {
        return switch (random.nextInt(8)) {
            case 0 -> from;
            case 1 -> from.plusDays(random.nextInt(62));
            case 2, 3 -> YearMonth.from(from).plusMonths(random.nextInt(Bounds.MAX_PERIOD_MONTHS + 6)).atEndOfMonth();
            case 4 -> from.plusMonths(1 + random.nextInt(Bounds.MAX_PERIOD_MONTHS + 4)).minusDays(random.nextInt(3));
            default -> from.plusDays(random.nextInt((Bounds.MAX_PERIOD_MONTHS + 5) * 31));
        };
    }
}
