package org.redress.statutorytime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.redress.statutorytime.TimeSamples.FIRST;
import static org.redress.statutorytime.TimeSamples.failing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the working-day index, checked against a naive day-by-day count (fine here as a
 * test oracle; the production code must not loop). Each runs {@value TimeSamples#CASES} seeded
 * cases from {@link TimeSamples}.
 */
class WorkingDayCalendarProperties {

    /** Offsets from 2000-01-01 up to 2099-12-31; 200 working days later is still in range. */
    private static final int LAST_START_OFFSET = 36_524;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Set<LocalDate> BANK_HOLIDAYS = allBankHolidays();

    static Stream<Arguments> dates() {
        return TimeSamples.cases(s -> arguments(s.date(LAST_START_OFFSET)));
    }

    static Stream<Arguments> datesAndCounts() {
        return TimeSamples.cases(s -> arguments(s.date(LAST_START_OFFSET), s.intIn(0, 200)));
    }

    static Stream<Arguments> datesAndPositiveCounts() {
        return TimeSamples.cases(s -> arguments(s.date(LAST_START_OFFSET), s.intIn(1, 200)));
    }

    static Stream<Arguments> datesAndSpans() {
        return TimeSamples.cases(s -> arguments(s.date(LAST_START_OFFSET), s.intIn(-400, 400)));
    }

    static Stream<Arguments> pairsOfDates() {
        return TimeSamples.cases(s -> arguments(s.date(LAST_START_OFFSET), s.date(LAST_START_OFFSET)));
    }

    @ParameterizedTest
    @MethodSource("datesAndCounts")
    void countingBetweenADateAndItsNthWorkingDayGivesN(LocalDate date, int n) {
        assertThat(CALENDAR.workingDaysBetween(date, CALENDAR.nthWorkingDayAfter(date, n)))
                .as(failing(date, n)).isEqualTo(n);
    }

    @ParameterizedTest
    @MethodSource("datesAndCounts")
    void addingWorkingDaysAgreesWithCountingDayByDay(LocalDate date, int n) {
        assertThat(CALENDAR.nthWorkingDayAfter(date, n)).as(failing(date, n))
                .isEqualTo(naiveNthWorkingDayAfter(date, n));
    }

    @ParameterizedTest
    @MethodSource("datesAndSpans")
    void countingBetweenAgreesWithCountingDayByDay(LocalDate from, int span) {
        LocalDate to = from.plusDays(span);
        if (to.isBefore(FIRST)) {
            to = FIRST;
        }
        if (to.isAfter(WorkingDayCalendar.LAST_COVERED_DATE)) {
            to = WorkingDayCalendar.LAST_COVERED_DATE;
        }

        assertThat(CALENDAR.workingDaysBetween(from, to)).as(failing(from, to))
                .isEqualTo(naiveWorkingDaysBetween(from, to));
    }

    @ParameterizedTest
    @MethodSource("pairsOfDates")
    void countingBackwardsIsTheNegativeOfCountingForwards(LocalDate from, LocalDate to) {
        assertThat(CALENDAR.workingDaysBetween(to, from)).as(failing(from, to))
                .isEqualTo(-CALENDAR.workingDaysBetween(from, to));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void aWorkingDayIsAWeekdayThatIsNotABankHoliday(LocalDate date) {
        assertThat(CALENDAR.isWorkingDay(date)).as(failing(date)).isEqualTo(naiveIsWorkingDay(date));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void theNextWorkingDayOnOrAfterADateIsTheFirstWorkingDayFromIt(LocalDate date) {
        LocalDate expected = date;
        while (!naiveIsWorkingDay(expected)) {
            expected = expected.plusDays(1);
        }

        assertThat(CALENDAR.nextWorkingDayOnOrAfter(date)).as(failing(date)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("datesAndPositiveCounts")
    void everyNthWorkingDayAfterADateIsAWorkingDayLaterThanTheOneBefore(LocalDate date, int n) {
        LocalDate nth = CALENDAR.nthWorkingDayAfter(date, n);

        assertThat(CALENDAR.isWorkingDay(nth)).as(failing(date, n, nth)).isTrue();
        assertThat(nth).as(failing(date, n)).isAfter(CALENDAR.nthWorkingDayAfter(date, n - 1));
    }

    private static LocalDate naiveNthWorkingDayAfter(LocalDate date, int n) {
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (naiveIsWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static int naiveWorkingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -naiveWorkingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (naiveIsWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean naiveIsWorkingDay(LocalDate date) {
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY
                && !BANK_HOLIDAYS.contains(date);
    }

    private static Set<LocalDate> allBankHolidays() {
        Set<LocalDate> all = new HashSet<>();
        for (int year = 2000; year <= 2100; year++) {
            all.addAll(CALENDAR.bankHolidaysIn(year));
        }
        return all;
    }
}
