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
 * <p>Rule: months are counted from the first day of delay: the delay runs a whole month each
 * time the same day of the next month is reached (month ends clamped, so 31 January + 1 month
 * is the end of February, as for due dates). What is left over is a part month, which counts
 * as a month under {@link PartMonthRule#COUNT_AS_MONTH} (the usual wording "for each month or
 * part month") and is left out under {@link PartMonthRule#IGNORE}.
 *
 * @param from          the day the delay began (what should have happened by then did not)
 * @param to            the day the delay ended
 * @param monthlySum    the sum per month
 * @param partMonthRule how a part month is counted
 * @param wholeMonths   whole months of delay
 * @param partMonth     whether a part month is left over
 * @param lines         the breakdown
 * @param amountDue     the payment
 */
public record DelayPaymentCalculation(LocalDate from, LocalDate to, Money monthlySum, PartMonthRule partMonthRule,
        long wholeMonths, boolean partMonth, List<BreakdownLine> lines, Money amountDue) {

    /** Whether a part month of delay counts as a month. */
    public enum PartMonthRule {
        COUNT_AS_MONTH, IGNORE
    }

    public static DelayPaymentCalculation of(Money monthlySum, LocalDate from, LocalDate to, PartMonthRule rule) {
        if (!monthlySum.isPositive()) {
            throw new RuleViolation("calculation.rate-not-positive", ProblemKind.UNPROCESSABLE, "monthlyAmountPence",
                    "monthlyAmountPence must be more than 0");
        }
        AmountTooLarge.requireWithinBounds(monthlySum, "monthlyAmountPence", "monthlyAmountPence");
        if (!to.isAfter(from)) {
            throw new RuleViolation("calculation.period-reversed", ProblemKind.UNPROCESSABLE, "to",
                    "to " + to + " must be after from " + from + " for there to be any delay");
        }
        CalculationPeriod.requireNoLongerThanTheLongestRemedy(from, to);
        long whole = CalculationPeriod.wholeMonthsBetween(from, to);
        boolean part = from.plusMonths(whole).isBefore(to);
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
        return new DelayPaymentCalculation(from, to, monthlySum, rule, whole, part, List.copyOf(lines), due);
    }
}
