package org.redress.remedies.calculations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * A symbolic payment of a fixed sum for every month of delay (DOMAIN §4: "£X for every month
 * of delay = X × months"), as the Ombudsman recommends for distress caused by a delay.
 *
 * <p>Rule: the delay counts both its first and its last day, and its months are counted as a person
 * counts them (DOMAIN §5: 1 March to 31 July is five whole months; 1 January to 31 March is three). A
 * month that starts on the 1st runs to the end of that month; one that starts on another day runs to
 * the day before the same day of the next month (15 January to 14 February), or to the end of a month
 * too short to have that day (31 January to 28 or 29 February). The days left over are a part month,
 * which counts as a month under {@link PartMonthRule#COUNT_AS_MONTH} (the usual wording "for each
 * month or part month") and is left out under {@link PartMonthRule#IGNORE}; it is never paid as a
 * fraction of a month (1 January to 15 February is a month and a part month of 15 days, not 1 15/29
 * months).
 *
 * @param from          the first day of delay (what should have happened by then did not)
 * @param to            the last day of delay, counted; the same day as {@code from} for a single day
 * @param monthlySum    the sum per month
 * @param partMonthRule how a part month is counted
 * @param wholeMonths   whole months of delay
 * @param partMonth     whether a part month is left over
 * @param partMonthDays the days in the part month; 0 when there is none
 * @param lines         the breakdown
 * @param amountDue     the payment
 */
public record DelayPaymentCalculation(LocalDate from, LocalDate to, Money monthlySum, PartMonthRule partMonthRule,
        long wholeMonths, boolean partMonth, long partMonthDays, List<BreakdownLine> lines, Money amountDue) {

    /** Whether a part month of delay counts as a month. */
    public enum PartMonthRule {
        COUNT_AS_MONTH, IGNORE
    }

    /** The first day of the part month, or {@code null} when the delay is whole months. */
    public LocalDate partMonthFrom() {
        return partMonth ? to.minusDays(partMonthDays - 1) : null;
    }

    public static DelayPaymentCalculation of(Money monthlySum, LocalDate from, LocalDate to, PartMonthRule rule) {
        if (!monthlySum.isPositive()) {
            throw new RuleViolation("calculation.rate-not-positive", ProblemKind.UNPROCESSABLE, "monthlyAmountPence",
                    "monthlyAmountPence must be more than 0");
        }
        AmountTooLarge.requireWithinBounds(monthlySum, "monthlyAmountPence", "monthlyAmountPence");
        if (to.isBefore(from)) {
            throw new RuleViolation("calculation.period-reversed", ProblemKind.UNPROCESSABLE, "to",
                    "to " + to + " is before from " + from);
        }
        CalculationPeriod period = CalculationPeriod.requireNoLongerThanTheLongestRemedy(from, to);
        long whole = period.wholeMonths();
        boolean part = period.hasPartMonth();
        List<BreakdownLine> lines = new ArrayList<>();
        Money due = Money.ZERO;
        if (whole > 0) {
            BreakdownLine line = BreakdownLine.exact(BreakdownLine.LineItem.WHOLE_MONTHS, whole, monthlySum.pence());
            lines.add(line);
            due = due.plus(line.amount());
        }
        if (part && rule == PartMonthRule.COUNT_AS_MONTH) {
            BreakdownLine line = BreakdownLine.exact(BreakdownLine.LineItem.PART_MONTH, 1, monthlySum.pence());
            lines.add(line);
            due = due.plus(line.amount());
        }
        AmountTooLarge.requireWithinBounds(due, null, "the delay from " + from + " to " + to + " is worth");
        return new DelayPaymentCalculation(from, to, monthlySum, rule, whole, part, period.partMonthDays(),
                List.copyOf(lines), due);
    }
}
