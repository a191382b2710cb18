package org.redress.statutorytime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a {@link StatutoryClock} on one day. Kept apart from the clock so that the clock holds
 * the rules for changing it and this holds the arithmetic of DOMAIN §1.
 *
 * <p>A reading is "as of" the day read: holds placed later are ignored and an open hold (or one
 * released later) counts only the working days paused so far. A stopped clock read on or after
 * its stop date is read as of the stop date.
 */
final class ClockReading {

    private final StatutoryClock clock;
    private final WorkingDayCalendar calendar;

    ClockReading(StatutoryClock clock, WorkingDayCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    ClockSnapshot on(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (today.isBefore(clock.start())) {
            throw new StatutoryTimeException(StatutoryTimeRule.READING_BEFORE_START,
                    "cannot read the clock on " + today + ": it starts on " + clock.start());
        }
        boolean stopped = clock.stoppedOn().filter(stop -> !today.isBefore(stop)).isPresent();
        LocalDate asOf = stopped ? clock.stoppedOn().get() : today;
        LocalDate dueDate = dueDate(clock.limit(), asOf);
        LocalDate extendedDueDate = clock.extension()
                .map(extension -> dueDate(extension.limit(), asOf)).orElse(null);
        LocalDate effectiveDueDate = extendedDueDate != null ? extendedDueDate : dueDate;
        int daysUsed = calendar.workingDaysBetween(clock.start(), asOf) - pausedWorkingDays(asOf);
        int daysLeft = clock.effectiveLimit() - daysUsed;
        ClockState state = stopped
                ? (asOf.isAfter(effectiveDueDate) ? ClockState.MISSED : ClockState.MET)
                : runningState(today, effectiveDueDate, daysLeft);
        return new ClockSnapshot(clock.start(), dueDate, extendedDueDate, daysUsed, daysLeft, state);
    }

    private ClockState runningState(LocalDate today, LocalDate effectiveDueDate, int daysLeft) {
        if (clock.pauses().stream().anyMatch(pause -> pause.covers(today))) {
            return ClockState.PAUSED;
        }
        if (today.isAfter(effectiveDueDate)) {
            return ClockState.OVERDUE; // DOMAIN §1: overdue from the day after the due date
        }
        return daysLeft <= StatutoryClock.DUE_SOON_WORKING_DAYS ? ClockState.DUE_SOON
                : ClockState.ON_TRACK;
    }

    /**
     * The limit-th counted working day after the start. Each hold placed before the due date
     * found so far moves it by the working days the hold paused: the days still needed after the
     * hold are the same as before it, so the due date moves by exactly the paused days. Holds are
     * in date order and do not overlap, so one pass suffices.
     */
    private LocalDate dueDate(int limit, LocalDate asOf) {
        LocalDate due = calendar.nthWorkingDayAfter(clock.start(), limit);
        for (ClockPause pause : clock.pauses()) {
            if (pause.heldOn().isBefore(due)) {
                due = calendar.nthWorkingDayAfter(due, pause.pausedWorkingDays(calendar, asOf));
            }
        }
        return due;
    }

    private int pausedWorkingDays(LocalDate asOf) {
        return clock.pauses().stream().mapToInt(pause -> pause.pausedWorkingDays(calendar, asOf)).sum();
    }
}
