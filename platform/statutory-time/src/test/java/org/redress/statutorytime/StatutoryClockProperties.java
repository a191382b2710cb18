package org.redress.statutorytime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.redress.statutorytime.TimeSamples.failing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of statutory clocks (DOMAIN §1) over random starts, limits, holds and stops. Each runs
 * {@value TimeSamples#CASES} seeded cases from {@link TimeSamples}.
 */
class StatutoryClockProperties {

    /** Offsets from 2000-01-01 up to 2098-12-31, leaving room for the deadlines. */
    private static final int LAST_START_OFFSET = 36_159;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    /** start, limit 1..65, a hold placed 0..100 days after the start but before the due date, held 0..60 days. */
    static Stream<Arguments> holdsPlacedBeforeTheDueDate() {
        return TimeSamples.cases(s -> {
            LocalDate start = s.date(LAST_START_OFFSET);
            int limit = s.intIn(1, 65);
            long daysToDue = ChronoUnit.DAYS.between(start, CALENDAR.nthWorkingDayAfter(start, limit));
            int heldAfter = s.intIn(0, (int) Math.min(100, daysToDue - 1));
            return arguments(start, limit, start.plusDays(heldAfter), s.intIn(0, 60));
        });
    }

    static Stream<Arguments> stoppedClocks() {
        return TimeSamples.cases(
                s -> arguments(s.date(LAST_START_OFFSET), s.intIn(0, 65), s.intIn(0, 150), s.intIn(0, 150)));
    }

    static Stream<Arguments> heldClocks() {
        return TimeSamples.cases(s -> arguments(
                s.date(LAST_START_OFFSET), s.intIn(0, 65), s.intIn(0, 30), s.intIn(0, 30), s.intIn(0, 200)));
    }

    /** start, limit 0..65, read 0..120 days after the start but not after the due date. */
    static Stream<Arguments> runningClocksReadByTheirDueDate() {
        return TimeSamples.cases(s -> {
            LocalDate start = s.date(LAST_START_OFFSET);
            int limit = s.intIn(0, 65);
            long daysToDue = ChronoUnit.DAYS.between(start, CALENDAR.nthWorkingDayAfter(start, limit));
            return arguments(start, limit, s.intIn(0, (int) Math.min(120, daysToDue)));
        });
    }

    @ParameterizedTest
    @MethodSource("holdsPlacedBeforeTheDueDate")
    void aHoldOfKWorkingDaysMovesTheDueDateByExactlyKWorkingDays(
            LocalDate start, int limit, LocalDate heldOn, int heldFor) {
        StatutoryClock clock = StatutoryClock.start(CALENDAR, start, limit);
        LocalDate due = clock.snapshotOn(start).dueDate();
        assertThat(heldOn).as(failing(start, limit, heldOn, heldFor)).isBefore(due); // the generator's promise
        LocalDate releasedOn = heldOn.plusDays(heldFor);
        int k = CALENDAR.workingDaysBetween(heldOn, releasedOn);

        LocalDate moved = clock.pause(heldOn).resume(releasedOn).snapshotOn(releasedOn).dueDate();

        assertThat(moved).as(failing(start, limit, heldOn, releasedOn, "k=" + k))
                .isEqualTo(CALENDAR.nthWorkingDayAfter(due, k));
        assertThat(CALENDAR.workingDaysBetween(due, moved)).as(failing(start, limit, heldOn, releasedOn))
                .isEqualTo(k);
    }

    @ParameterizedTest
    @MethodSource("stoppedClocks")
    void aClockStoppedOnOrBeforeItsDueDateIsMetAndAfterItMissed(
            LocalDate start, int limit, int stoppedAfter, int readAfterStop) {
        LocalDate stoppedOn = start.plusDays(stoppedAfter);
        StatutoryClock clock = StatutoryClock.start(CALENDAR, start, limit).stop(stoppedOn);

        ClockSnapshot snapshot = clock.snapshotOn(stoppedOn.plusDays(readAfterStop));

        ClockState expected = stoppedOn.isAfter(snapshot.dueDate()) ? ClockState.MISSED : ClockState.MET;
        assertThat(snapshot.state()).as(failing(start, limit, stoppedOn, snapshot)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("heldClocks")
    void daysUsedAndDaysLeftAlwaysAddUpToTheLimit(
            LocalDate start, int limit, int heldAfter, int heldFor, int readAfter) {
        StatutoryClock clock = StatutoryClock.start(CALENDAR, start, limit)
                .pause(start.plusDays(heldAfter)).resume(start.plusDays(heldAfter + heldFor));

        ClockSnapshot snapshot = clock.snapshotOn(start.plusDays(readAfter));

        String failing = failing(start, limit, start.plusDays(heldAfter), start.plusDays(heldAfter + heldFor),
                start.plusDays(readAfter), snapshot);
        assertThat(snapshot.daysUsed() + snapshot.daysLeft()).as(failing).isEqualTo(limit);
        assertThat(snapshot.daysUsed()).as(failing).isNotNegative();
    }

    @ParameterizedTest
    @MethodSource("runningClocksReadByTheirDueDate")
    void aRunningClockIsDueSoonExactlyWhenThreeOrFewerWorkingDaysAreLeft(LocalDate start, int limit, int readAfter) {
        LocalDate readOn = start.plusDays(readAfter);
        ClockSnapshot snapshot = StatutoryClock.start(CALENDAR, start, limit).snapshotOn(readOn);
        assertThat(readOn).as(failing(start, limit, readOn, snapshot)).isBeforeOrEqualTo(snapshot.dueDate());

        ClockState expected = snapshot.daysLeft() <= 3 ? ClockState.DUE_SOON : ClockState.ON_TRACK;
        assertThat(snapshot.state()).as(failing(start, limit, readOn, snapshot)).isEqualTo(expected);
    }
}
