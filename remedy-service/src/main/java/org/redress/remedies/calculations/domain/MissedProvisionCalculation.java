package org.redress.remedies.calculations.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Missed provision worked out exactly and shown line by line (DOMAIN §4: "missed provision =
 * rate × period (inclusive dates), minus what was already paid, with the breakdown"). The
 * Ombudsman found a council that repaid missed direct payments for only part of the period;
 * showing every day counted is what makes such a shortfall visible.
 *
 * <p>Rule: the period counts both its first and last day. Whole weeks are paid at the weekly
 * amount; the days left over at the daily rate (weekly ÷ 7). Each line is rounded once, to the
 * penny, half up; the total is the sum of the lines, less what was already paid.
 *
 * @param from         first day of missed provision (inclusive)
 * @param to           last day of missed provision (inclusive)
 * @param days         days in the period, both ends counted
 * @param weeklyAmount the weekly amount the lines work from
 * @param lines        the breakdown, in order
 * @param gross        what the period was worth, before deducting payments
 * @param alreadyPaid  what was already paid for the period
 * @param amountDue    gross less already paid: what the council still owes
 */
public record MissedProvisionCalculation(LocalDate from, LocalDate to, long days, Money weeklyAmount,
        List<BreakdownLine> lines, Money gross, Money alreadyPaid, Money amountDue) {

    public static final String ROUNDING_RULE = "Each line to the penny, half up, once; the total is the sum of the lines";

    /** Works out what is owed for provision missed from {@code from} to {@code to}, both inclusive. */
    public static MissedProvisionCalculation of(ProvisionRate rate, LocalDate from, LocalDate to, Money alreadyPaid) {
        checkPeriod(from, to);
        if (alreadyPaid.isNegative()) {
            throw new RuleViolation("calculation.already-paid-negative", ProblemKind.UNPROCESSABLE,
                    "alreadyPaidPence", "alreadyPaidPence cannot be negative");
        }
        AmountTooLarge.requireWithinBounds(alreadyPaid, "alreadyPaidPence", "already paid");
        long days = ChronoUnit.DAYS.between(from, to) + 1; // inclusive: 1 July to 1 July is one day
        ProvisionRate.WeeklyAmount weekly = rate.weekly();
        List<BreakdownLine> lines = new ArrayList<>();
        weekly.derivation().ifPresent(lines::add);
        Money gross = Money.ZERO;
        if (days / 7 > 0) {
            BreakdownLine weeks = BreakdownLine.exact(BreakdownLine.LineItem.WHOLE_WEEKS, days / 7,
                    weekly.amount().pence());
            lines.add(weeks);
            gross = gross.plus(weeks.amount());
        }
        if (days % 7 > 0) {
            BreakdownLine remaining = remainingDays(days % 7, weekly.amount());
            lines.add(remaining);
            gross = gross.plus(remaining.amount());
        }
        AmountTooLarge.requireWithinBounds(gross, null, "the period " + from + " to " + to + " is worth");
        return withPaymentsDeducted(from, to, days, weekly.amount(), lines, gross, alreadyPaid);
    }

    private static BreakdownLine remainingDays(long days, Money weeklyAmount) {
        BigDecimal weekly = BigDecimal.valueOf(weeklyAmount.pence());
        BigDecimal dailyRateShown = weekly.divide(BigDecimal.valueOf(7), 4, java.math.RoundingMode.HALF_UP);
        return BreakdownLine.divided(BreakdownLine.LineItem.REMAINING_DAYS, BigDecimal.valueOf(days), dailyRateShown,
                weekly.multiply(BigDecimal.valueOf(days)), 7);
    }

    private static MissedProvisionCalculation withPaymentsDeducted(LocalDate from, LocalDate to, long days,
            Money weekly, List<BreakdownLine> lines, Money gross, Money alreadyPaid) {
        if (alreadyPaid.compareTo(gross) > 0) {
            // more paid than the period was worth: most likely the wrong period or a typing slip
            throw new RuleViolation("calculation.already-paid-exceeds-provision", ProblemKind.UNPROCESSABLE,
                    "alreadyPaidPence", "already paid " + alreadyPaid + " is more than the period was worth, " + gross);
        }
        if (alreadyPaid.isPositive()) {
            lines.add(new BreakdownLine(BreakdownLine.LineItem.ALREADY_PAID, BigDecimal.ONE,
                    BigDecimal.valueOf(alreadyPaid.pence()), Money.ZERO.minus(alreadyPaid), false));
        }
        return new MissedProvisionCalculation(from, to, days, weekly, List.copyOf(lines), gross, alreadyPaid,
                gross.minus(alreadyPaid));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new RuleViolation("calculation.missing-field", ProblemKind.BAD_REQUEST, from == null ? "from" : "to",
                    "both ends of the period are required");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("calculation.period-reversed", ProblemKind.UNPROCESSABLE, "to",
                    "to " + to + " is before from " + from);
        }
        CalculationPeriod.requireNoLongerThanTheLongestRemedy(from, to);
    }
}
