package org.redress.remedies.calculations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.redress.remedies.calculations.domain.MoneySamples.failing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.contracts.Bounds;
import org.redress.contracts.problem.RuleViolation;
import org.redress.remedies.calculations.domain.DelayPaymentCalculation.PartMonthRule;

/**
 * The calculators over hostile amounts and dates, {@value MoneySamples#CASES} seeded cases each from
 * {@link MoneySamples}: the figure is exactly what {@link BigDecimal} arithmetic gives, or the
 * calculation is refused naming a rule. An {@link ArithmeticException} or {@link DateTimeException}
 * escaping would be a 500 at the HTTP edge and a stopped consumer for an event.
 */
class CalculationProperties {

    private static final BigDecimal MAX = BigDecimal.valueOf(Bounds.MAX_AMOUNT_PENCE);
    private static final Set<String> MISSED_PROVISION_RULES = Set.of("calculation.rate-not-positive",
            "calculation.amount-too-large", "calculation.period-reversed", "calculation.period-too-long",
            "calculation.already-paid-negative", "calculation.already-paid-exceeds-provision");
    private static final Set<String> DELAY_RULES = Set.of("calculation.rate-not-positive",
            "calculation.amount-too-large", "calculation.period-reversed", "calculation.period-too-long");

    static Stream<Arguments> weeklyRatesOverPeriods() {
        return MoneySamples.cases(s -> {
            LocalDate from = s.date();
            return arguments(s.pence(), from, s.dateAfter(from));
        });
    }

    static Stream<Arguments> monthlySumsOverDelays() {
        return MoneySamples.cases(s -> {
            LocalDate from = s.date();
            return arguments(s.pence(), from, s.dateAfter(from));
        });
    }

    static Stream<Arguments> pairsOfAmounts() {
        return MoneySamples.cases(s -> arguments(s.anyLong(), s.anyLong()));
    }

    @ParameterizedTest
    @MethodSource("weeklyRatesOverPeriods")
    void missedProvisionIsExactToThePennyOrRefusedNamingTheRule(long weeklyPence, LocalDate from, LocalDate to) {
        MissedProvisionCalculation calculation;
        try {
            calculation = MissedProvisionCalculation.of(new ProvisionRate.Weekly(Money.ofPence(weeklyPence)), from, to,
                    Money.ZERO);
        } catch (RuleViolation refused) {
            assertThat(refused.rule()).as(failing(weeklyPence, from, to)).isIn(MISSED_PROVISION_RULES);
            assertThat(plausible(weeklyPence) && !to.isBefore(from) && withinMaximumPeriod(from, to)
                    && missedProvisionExactly(weeklyPence, from, to).compareTo(MAX) <= 0)
                    .as("refused (%s) a calculation within every bound: %s", refused.rule(), failing(weeklyPence, from, to))
                    .isFalse();
            return;
        }
        BigDecimal exact = missedProvisionExactly(weeklyPence, from, to);
        assertThat(BigDecimal.valueOf(calculation.amountDue().pence())).as(failing(weeklyPence, from, to))
                .isEqualByComparingTo(exact)
                .isLessThanOrEqualTo(MAX);
        assertThat(calculation.lines().stream().mapToLong(line -> line.amount().pence()).sum())
                .as("the total is the sum of the lines: " + failing(weeklyPence, from, to))
                .isEqualTo(calculation.amountDue().pence());
        assertThat(plausible(weeklyPence) && withinMaximumPeriod(from, to)).as(failing(weeklyPence, from, to)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("monthlySumsOverDelays")
    void aDelayPaymentIsExactOrRefusedNamingTheRule(long monthlyPence, LocalDate from, LocalDate to) {
        DelayPaymentCalculation calculation;
        try {
            calculation = DelayPaymentCalculation.of(Money.ofPence(monthlyPence), from, to, PartMonthRule.COUNT_AS_MONTH);
        } catch (RuleViolation refused) {
            assertThat(refused.rule()).as(failing(monthlyPence, from, to)).isIn(DELAY_RULES);
            assertThat(plausible(monthlyPence) && !to.isBefore(from) && withinMaximumPeriod(from, to)
                    && delayPaymentExactly(monthlyPence, from, to).compareTo(MAX) <= 0)
                    .as("refused (%s) a calculation within every bound: %s", refused.rule(), failing(monthlyPence, from, to))
                    .isFalse();
            return;
        }
        assertThat(BigDecimal.valueOf(calculation.amountDue().pence())).as(failing(monthlyPence, from, to))
                .isEqualByComparingTo(delayPaymentExactly(monthlyPence, from, to))
                .isLessThanOrEqualTo(MAX);
        assertThat(plausible(monthlyPence) && withinMaximumPeriod(from, to)).as(failing(monthlyPence, from, to)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pairsOfAmounts")
    void moneyArithmeticIsExactOrRefusedAsTooLargeNeverWrapped(long a, long b) {
        assertExactOrTooLarge(() -> Money.ofPence(a).plus(Money.ofPence(b)).pence(),
                BigDecimal.valueOf(a).add(BigDecimal.valueOf(b)), a, b);
        assertExactOrTooLarge(() -> Money.ofPence(a).minus(Money.ofPence(b)).pence(),
                BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)), a, b);
        assertExactOrTooLarge(() -> Money.ofPence(a).times(b).pence(),
                BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)), a, b);
    }

    private static void assertExactOrTooLarge(java.util.function.LongSupplier operation, BigDecimal exact, long a,
            long b) {
        boolean fits = exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && exact.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
        try {
            long result = operation.getAsLong();
            assertThat(BigDecimal.valueOf(result)).as(failing(a, b)).isEqualByComparingTo(exact);
        } catch (RuleViolation refused) {
            assertThat(refused.rule()).as(failing(a, b)).isEqualTo("calculation.amount-too-large");
            assertThat(fits).as("refused an amount a long holds: " + failing(a, b)).isFalse();
        }
    }

    private static boolean plausible(long pence) {
        return pence > 0 && pence <= Bounds.MAX_AMOUNT_PENCE;
    }

    /** By the Ombudsman's longest remedy period: 120 months at most, both ends counted. */
    private static boolean withinMaximumPeriod(LocalDate from, LocalDate to) {
        return MonthsCountedByHand.withinTheLongestRemedy(from, to);
    }

    /** Whole weeks at the weekly amount, the days left over at weekly × days ÷ 7 rounded once, half up. */
    private static BigDecimal missedProvisionExactly(long weeklyPence, LocalDate from, LocalDate to) {
        BigDecimal weekly = BigDecimal.valueOf(weeklyPence);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return weekly.multiply(BigDecimal.valueOf(days / 7)).add(weekly.multiply(BigDecimal.valueOf(days % 7))
                .divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP));
    }

    /** Months counted by hand over the inclusive period, a part month counted as a month. */
    private static BigDecimal delayPaymentExactly(long monthlyPence, LocalDate from, LocalDate to) {
        MonthsCountedByHand.Count months = MonthsCountedByHand.of(from, to);
        return BigDecimal.valueOf(monthlyPence)
                .multiply(BigDecimal.valueOf(months.wholeMonths() + (months.partMonth() ? 1 : 0)));
    }
}
