package org.redress.remedies.calculations.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The period a calculation covers, both its first and its last day counted, and its months as a
 * person counts them (DOMAIN §5: 1 March to 31 July is five whole months). A month that starts on the
 * 1st runs to the end of that month; one that starts on another day runs to the day before the same
 * day of the next month (15 January to 14 February), or to the end of a month too short to have that
 * day (31 January to 28 or 29 February, as a due date is clamped). What is left after the whole months
 * is a part month. A period is at most {@link Bounds#MAX_PERIOD_MONTHS} months (10 years), the longest
 * the Ombudsman's remedies look back or ahead. The counting never leaves {@link LocalDate}'s range, so
 * no date a caller sends can make it throw.
 *
 * @param from          the first day (inclusive)
 * @param to            the last day (inclusive), not before {@code from}
 * @param wholeMonths   whole months from {@code from}
 * @param partMonthDays days left over after the whole months; 0 when none
 */
record CalculationPeriod(LocalDate from, LocalDate to, long wholeMonths, long partMonthDays) {

    static final String TOO_LONG = "calculation.period-too-long";

    /** The months of {@code from} to {@code to}, both counted; {@code from} is not after {@code to}. */
    static CalculationPeriod of(LocalDate from, LocalDate to) {
        long whole = wholeMonthsBetween(from, to);
        long partDays = whole == 0 ? ChronoUnit.DAYS.between(from, to) + 1
                : ChronoUnit.DAYS.between(lastDayOfMonth(from, whole), to);
        return new CalculationPeriod(from, to, whole, partDays);
    }

    /** Refuses a period longer than the longest remedy: more than 120 months, both ends counted. */
    static CalculationPeriod requireNoLongerThanTheLongestRemedy(LocalDate from, LocalDate to) {
        CalculationPeriod period = of(from, to);
        if (period.wholeMonths > Bounds.MAX_PERIOD_MONTHS
                || period.wholeMonths == Bounds.MAX_PERIOD_MONTHS && period.hasPartMonth()) {
            throw new RuleViolation(TOO_LONG, ProblemKind.UNPROCESSABLE, "to", "the period " + from + " to " + to
                    + " is longer than " + Bounds.MAX_PERIOD_MONTHS + " months, the longest a remedy covers");
        }
        return period;
    }

    /** Whether days are left over after the whole months. */
    boolean hasPartMonth() {
        return partMonthDays > 0;
    }

    /**
     * The most months {@code k} whose {@code k}th month ends on or before {@code to}. Only the month
     * of {@code to} can hold the end of a month that is reached or the next one, so it is worked out
     * from the year-months rather than month by month: exact at the ends of the calendar, and no
     * slower for a century than for a week.
     */
    private static long wholeMonthsBetween(LocalDate from, LocalDate to) {
        // the month ending in to's calendar month: the 1st's months end in the month they start in
        long candidate = yearMonth(to) - yearMonth(from) + (from.getDayOfMonth() == 1 ? 1 : 0);
        return endDay(from, to.lengthOfMonth()) <= to.getDayOfMonth() ? candidate : candidate - 1;
    }

    /** The last day of the {@code k}th month ({@code k} at least 1); it is not after {@code to}. */
    private static LocalDate lastDayOfMonth(LocalDate from, long k) {
        long index = yearMonth(from) + k - (from.getDayOfMonth() == 1 ? 1 : 0);
        YearMonth month = YearMonth.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1);
        return month.atDay(endDay(from, month.lengthOfMonth()));
    }

    /** The day of the month on which a month of the period ends, in a calendar month of {@code length} days. */
    private static int endDay(LocalDate from, int length) {
        return from.getDayOfMonth() == 1 ? length : Math.min(from.getDayOfMonth() - 1, length);
    }

    private static long yearMonth(LocalDate date) {
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }
}
