package org.redress.remedies.calculations.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.redress.contracts.Bounds;

/**
 * The months of an inclusive period counted the way a person counts them with a calendar, turning
 * one page at a time: the independent computation the calculators' month counting is checked against.
 * It walks {@link YearMonth}s instead of working out year-month numbers, so a slip in either shows.
 *
 * <p>The convention, as a complaints manager would say it: a month that starts on the 1st runs to the
 * end of that month (1 March to 31 March); one that starts on another day runs to the day before the
 * same day of the next month (15 January to 14 February), or to the end of that month when it is too
 * short to have that day (31 January to 28 or 29 February). Days left after the whole months are a
 * part month.
 */
final class MonthsCountedByHand {

    /** Whole months in a period and whether days are left over. */
    record Count(long wholeMonths, boolean partMonth) {
    }

    private MonthsCountedByHand() {
    }

    /** The months from {@code from} to {@code to}, both counted, stopping after {@code atMost} whole months. */
    static Count of(LocalDate from, LocalDate to, long atMost) {
        int startDay = from.getDayOfMonth();
        YearMonth page;
        try {
            page = startDay == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        } catch (DateTimeException endOfTheCalendar) {
            return new Count(0, true); // the first month would end after the last date there is
        }
        long whole = 0;
        LocalDate lastDayCounted = null;
        while (whole < atMost) {
            LocalDate monthEnds = startDay == 1 ? page.atEndOfMonth()
                    : page.atDay(Math.min(startDay - 1, page.lengthOfMonth()));
            if (monthEnds.isAfter(to)) {
                break;
            }
            whole++;
            lastDayCounted = monthEnds;
            try {
                page = page.plusMonths(1);
            } catch (DateTimeException endOfTheCalendar) {
                break;
            }
        }
        return new Count(whole, lastDayCounted == null || lastDayCounted.isBefore(to));
    }

    /** The months from {@code from} to {@code to}, both counted, up to one more than the longest remedy. */
    static Count of(LocalDate from, LocalDate to) {
        return of(from, to, Bounds.MAX_PERIOD_MONTHS + 1);
    }

    /** Whether the period, both ends counted, is no longer than the Ombudsman's longest remedy period. */
    static boolean withinTheLongestRemedy(LocalDate from, LocalDate to) {
        Count count = of(from, to);
        return count.wholeMonths() < Bounds.MAX_PERIOD_MONTHS
                || count.wholeMonths() == Bounds.MAX_PERIOD_MONTHS && !count.partMonth();
    }
}
