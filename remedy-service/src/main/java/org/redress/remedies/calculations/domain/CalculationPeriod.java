package org.redress.remedies.calculations.domain;

import java.time.LocalDate;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The period a calculation covers: at most {@link Bounds#MAX_PERIOD_MONTHS} months (10 years), the
 * longest the Ombudsman's remedies look back or ahead. Months are counted as due dates are, by adding
 * calendar months to the first day with month ends clamped (31 January + 1 month is the end of
 * February), and without ever leaving {@link LocalDate}'s range, so no date a caller sends can make
 * the counting throw.
 */
final class CalculationPeriod {

    static final String TOO_LONG = "calculation.period-too-long";

    private CalculationPeriod() {
    }

    /** Refuses a period whose end {@code to} is after {@code from} plus the longest remedy period. */
    static void requireNoLongerThanTheLongestRemedy(LocalDate from, LocalDate to) {
        long months = wholeMonthsBetween(from, to);
        if (months > Bounds.MAX_PERIOD_MONTHS
                || months == Bounds.MAX_PERIOD_MONTHS && from.plusMonths(months).isBefore(to)) {
            throw new RuleViolation(TOO_LONG, ProblemKind.UNPROCESSABLE, "to", "the period " + from + " to " + to
                    + " is longer than " + Bounds.MAX_PERIOD_MONTHS + " months, the longest a remedy covers");
        }
    }

    /**
     * The most months {@code k} for which {@code from} plus {@code k} months (clamped) is not after
     * {@code to}; {@code from} is not after {@code to}. Worked out from the year-months rather than by
     * adding months one at a time, so it is exact at the ends of the calendar and takes no longer for
     * a century than for a week.
     */
    static long wholeMonthsBetween(LocalDate from, LocalDate to) {
        long months = yearMonth(to) - yearMonth(from);
        return reached(from, months, to) ? months : months - 1;
    }

    /** Whether {@code from} plus {@code months} months, clamped, is on or before {@code to}. */
    private static boolean reached(LocalDate from, long months, LocalDate to) {
        long target = yearMonth(from) + months;
        if (target != yearMonth(to)) {
            return target < yearMonth(to);
        }
        return Math.min(from.getDayOfMonth(), to.lengthOfMonth()) <= to.getDayOfMonth();
    }

    private static long yearMonth(LocalDate date) {
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }
}
