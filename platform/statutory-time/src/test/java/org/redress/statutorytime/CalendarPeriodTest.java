package org.redress.statutorytime;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.statutorytime.Rejections.assertRejected;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarPeriodTest {

    @Nested
    class DueDates {

        @ParameterizedTest(name = "{0} from {1} is {2}")
        @CsvSource({
            "P4W,  2024-01-31, 2024-02-28",
            "P14D, 2024-01-31, 2024-02-14",
            "P1M,  2024-01-15, 2024-02-15",
            "P1M,  2024-01-31, 2024-02-29", // leap year: clamped to 29 February
            "P1M,  2023-01-31, 2023-02-28", // clamped to 28 February
            "P1M,  2024-04-30, 2024-05-30", // not moved to the end of May
            "P2M,  2023-12-31, 2024-02-29",
            "P3M,  2024-11-30, 2025-02-28",
            "P3M,  2024-05-31, 2024-08-31"})
        void countCalendarTimeWithMonthEndsClamped(String code, String from, String due) {
            assertThat(CalendarPeriod.parse(code).dueFrom(parse(from))).isEqualTo(parse(due));
        }

        @Test
        void countWeekendsAndBankHolidaysLikeAnyOtherDay() {
            assertThat(CalendarPeriod.FOUR_WEEKS.dueFrom(parse("2023-12-15"))).isEqualTo(parse("2024-01-12"));
        }
    }

    @Nested
    class Codes {

        @Test
        void parseToTheNamedPeriods() {
            assertThat(CalendarPeriod.parse("P4W")).isEqualTo(CalendarPeriod.FOUR_WEEKS);
            assertThat(CalendarPeriod.parse("P1M")).isEqualTo(CalendarPeriod.ONE_MONTH);
            assertThat(CalendarPeriod.parse("P2M")).isEqualTo(CalendarPeriod.TWO_MONTHS);
            assertThat(CalendarPeriod.parse("P3M")).isEqualTo(CalendarPeriod.THREE_MONTHS);
            assertThat(CalendarPeriod.parse("P14D")).isEqualTo(CalendarPeriod.ofDays(14));
        }

        @ParameterizedTest(name = "{0} round-trips")
        @ValueSource(strings = {"P4W", "P1M", "P2M", "P3M", "P14D", "P28D", "P12M"})
        void roundTrip(String code) {
            assertThat(CalendarPeriod.parse(code).code()).isEqualTo(code);
            assertThat(CalendarPeriod.parse(code)).hasToString(code);
        }

        @ParameterizedTest(name = "''{0}'' is rejected")
        @ValueSource(strings = {"", "4W", "P4", "P1Y", "p4w", "P-1M", "PT4H", "P4W1D", "P12345D"})
        void rejectOtherCodes(String code) {
            assertRejected("period.unrecognised-code", () -> CalendarPeriod.parse(code));
        }

        @Test
        void rejectNoCodeAtAll() {
            assertRejected("period.unrecognised-code", () -> CalendarPeriod.parse(null));
        }

        @Test
        void rejectAZeroPeriod() {
            assertRejected("period.non-positive-amount", () -> CalendarPeriod.parse("P0D"));
            assertRejected("period.non-positive-amount", () -> CalendarPeriod.ofMonths(-1));
        }
    }
}
