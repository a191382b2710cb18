package org.redress.statutorytime;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.statutorytime.Rejections.assertRejected;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Nested
    class BankHolidays {

        @ParameterizedTest(name = "{0} is a bank holiday and not a working day")
        @ValueSource(strings = {
            "2012-06-04", "2012-06-05", // spring holiday moved, and the Diamond Jubilee
            "2020-05-08", // early May holiday moved to VE Day
            "2021-12-27", "2021-12-28", // substitutes for Christmas and Boxing Day at a weekend
            "2022-06-02", "2022-06-03", // spring holiday moved, and the Platinum Jubilee
            "2022-09-19", // state funeral of Queen Elizabeth II
            "2022-12-26", "2022-12-27", // Boxing Day, and the substitute for Christmas on Sunday
            "2023-05-01", "2023-05-08", "2023-05-29", // early May, coronation, spring
            "2024-03-29", "2024-04-01", // Good Friday, Easter Monday
            "2025-08-25", "2026-12-25", "2026-12-28"})
        void knowsTheBankHolidaysPublishedOnGovUk(String date) {
            assertThat(calendar.isBankHoliday(parse(date))).isTrue();
            assertThat(calendar.isWorkingDay(parse(date))).isFalse();
        }

        @ParameterizedTest(name = "{0} is an ordinary working day")
        @ValueSource(strings = {
            "2022-05-30", // the last Monday of May 2022, but that year's spring holiday was 2 June
            "2020-05-04", // the first Monday of May 2020, moved to 8 May
            "2012-05-28", // the last Monday of May 2012, moved to 4 June
            "2026-06-15"}) // a bank holiday in Scotland only (World Cup)
        void treatsMovedHolidaysAndOtherNationsHolidaysAsWorkingDays(String date) {
            assertThat(calendar.isBankHoliday(parse(date))).isFalse();
            assertThat(calendar.isWorkingDay(parse(date))).isTrue();
        }

        static Stream<Arguments> officialLists() {
            // The gov.uk "England and Wales" lists (www.gov.uk/bank-holidays), typed in by hand.
            return Stream.of(
                Arguments.of(2020, List.of("01-01", "04-10", "04-13", "05-08", "05-25", "08-31",
                        "12-25", "12-28")),
                Arguments.of(2021, List.of("01-01", "04-02", "04-05", "05-03", "05-31", "08-30",
                        "12-27", "12-28")),
                Arguments.of(2022, List.of("01-03", "04-15", "04-18", "05-02", "06-02", "06-03",
                        "08-29", "09-19", "12-26", "12-27")),
                Arguments.of(2023, List.of("01-02", "04-07", "04-10", "05-01", "05-08", "05-29",
                        "08-28", "12-25", "12-26")),
                Arguments.of(2024, List.of("01-01", "03-29", "04-01", "05-06", "05-27", "08-26",
                        "12-25", "12-26")),
                Arguments.of(2025, List.of("01-01", "04-18", "04-21", "05-05", "05-26", "08-25",
                        "12-25", "12-26")),
                Arguments.of(2026, List.of("01-01", "04-03", "04-06", "05-04", "05-25", "08-31",
                        "12-25", "12-28")));
        }

        @ParameterizedTest(name = "the bank holidays of {0} are exactly the official list")
        @MethodSource("officialLists")
        void yieldsExactlyTheOfficialListForAYear(int year, List<String> monthDays) {
            List<LocalDate> official = monthDays.stream().map(md -> parse(year + "-" + md)).toList();

            assertThat(calendar.bankHolidaysIn(year)).containsExactlyElementsOf(official);
        }

        @Test
        void putsEveryBankHolidayOnAWeekdayBecauseWeekendOnesAreSubstituted() {
            for (int year = 2000; year <= 2100; year++) {
                assertThat(calendar.bankHolidaysIn(year))
                        .allSatisfy(day -> assertThat(day.getDayOfWeek())
                                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                        .hasSizeBetween(8, 10);
            }
        }

        @Test
        void treatsWeekendsAsNonWorkingDays() {
            assertThat(calendar.isWorkingDay(parse("2024-06-15"))).isFalse(); // Saturday
            assertThat(calendar.isWorkingDay(parse("2024-06-16"))).isFalse(); // Sunday
            assertThat(calendar.isWorkingDay(parse("2024-06-17"))).isTrue(); // Monday
        }
    }

    @Nested
    class AddingWorkingDays {

        @Test
        void countsTenWorkingDaysOverChristmasAndNewYear() {
            assertThat(calendar.nthWorkingDayAfter(parse("2023-12-15"), 10))
                    .isEqualTo(parse("2024-01-03"));
        }

        @Test
        void countsTwentyWorkingDaysOverEaster() {
            assertThat(calendar.nthWorkingDayAfter(parse("2024-03-20"), 20))
                    .isEqualTo(parse("2024-04-19"));
        }

        @Test
        void returnsTheDateItselfForZeroWorkingDaysEvenOnAWeekend() {
            assertThat(calendar.nthWorkingDayAfter(parse("2024-06-15"), 0))
                    .isEqualTo(parse("2024-06-15"));
        }

        @Test
        void startsCountingOnTheNextWorkingDayWhenTheStartIsNotOne() {
            assertThat(calendar.nthWorkingDayAfter(parse("2024-06-15"), 1))
                    .isEqualTo(parse("2024-06-17"));
        }

        @Test
        void rejectsANegativeNumberOfDays() {
            assertRejected("calendar.negative-working-days",
                    () -> calendar.nthWorkingDayAfter(parse("2024-06-15"), -1));
        }

        @Test
        void findsTheNextWorkingDayOnOrAfterADate() {
            assertThat(calendar.nextWorkingDayOnOrAfter(parse("2024-03-29"))) // Good Friday
                    .isEqualTo(parse("2024-04-02"));
            assertThat(calendar.nextWorkingDayOnOrAfter(parse("2024-04-02")))
                    .isEqualTo(parse("2024-04-02"));
        }
    }

    @Nested
    class CountingWorkingDaysBetween {

        @Test
        void countsTheDaysAfterTheFirstDateUpToAndIncludingTheSecond() {
            assertThat(calendar.workingDaysBetween(parse("2023-12-15"), parse("2024-01-03")))
                    .isEqualTo(10);
        }

        @Test
        void countsNothingBetweenADateAndItself() {
            assertThat(calendar.workingDaysBetween(parse("2024-01-03"), parse("2024-01-03"))).isZero();
        }

        @Test
        void countsNegativelyWhenTheSecondDateIsEarlier() {
            assertThat(calendar.workingDaysBetween(parse("2024-01-03"), parse("2023-12-15")))
                    .isEqualTo(-10);
        }

        @Test
        void countsNothingAcrossAWeekend() {
            assertThat(calendar.workingDaysBetween(parse("2024-06-14"), parse("2024-06-16"))).isZero();
        }
    }

    @Nested
    class Range {

        @Test
        void coversTheFirstAndLastDaysOfTheCentury() {
            assertThat(calendar.isWorkingDay(WorkingDayCalendar.FIRST_COVERED_DATE)).isFalse(); // 1 Jan
            assertThat(calendar.isWorkingDay(WorkingDayCalendar.LAST_COVERED_DATE)).isTrue(); // Fri
            assertThat(calendar.workingDaysBetween(parse("2000-01-01"), parse("2100-12-31")))
                    .isPositive();
        }

        @ParameterizedTest(name = "rejects {0}")
        @ValueSource(strings = {"1999-12-31", "2101-01-01"})
        void rejectsDatesOutsideTheCalendar(String date) {
            assertRejected("calendar.date-outside-range", () -> calendar.isWorkingDay(parse(date)));
            assertThatThrownBy(() -> calendar.isWorkingDay(parse(date))).hasMessageContaining(date);
        }

        @Test
        void rejectsAResultBeyondTheLastCoveredDate() {
            assertRejected("calendar.date-outside-range",
                    () -> calendar.nthWorkingDayAfter(parse("2100-12-20"), 30));
        }

        @Test
        void rejectsAYearOutsideTheCalendar() {
            assertRejected("calendar.date-outside-range", () -> calendar.bankHolidaysIn(2101));
        }

        @Test
        void isBuiltOnceAndShared() {
            assertThat(WorkingDayCalendar.englandAndWales()).isSameAs(calendar);
        }
    }
}
