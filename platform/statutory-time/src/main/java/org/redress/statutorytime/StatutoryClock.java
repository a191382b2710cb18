package org.redress.statutorytime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statutory deadline counted in working days: it starts on a day (day 0), is due after a limit
 * of working days, may be extended once or more up to a maximum with a reason, may be put on hold
 * and released, and is stopped when met. Immutable: every change returns a new clock, and every
 * rejected change throws a {@link StatutoryTimeException} naming its rule.
 *
 * <p>Holds follow DOMAIN §1: a hold placed on A and released on B pauses the working days after A
 * up to and including B, and the due date moves by those days. Only holds placed before the due
 * date move it: a hold placed once a clock is already due does not revive it.
 *
 * <p>Read it with {@link #snapshotOn(LocalDate)} or {@link #snapshot(Clock)}; it never reads the
 * system clock itself. To rebuild a stored clock use {@link #restore}.
 *
 * <p>(Longer than our usual 200 lines: most of it is the Javadoc naming the rule each change can
 * break. The arithmetic of a reading lives in {@code ClockReading}.)
 */
public final class StatutoryClock {

    /** DOMAIN §1: a clock is DUE_SOON within this many working days of its due date. */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    private final WorkingDayCalendar calendar;
    private final LocalDate start;
    private final int limit;
    private final int maximumLimit;
    private final ClockExtension extension;
    private final List<ClockPause> pauses;
    private final LocalDate stoppedOn;

    private StatutoryClock(WorkingDayCalendar calendar, LocalDate start, int limit, int maximumLimit,
            ClockExtension extension, List<ClockPause> pauses, LocalDate stoppedOn) {
        this.calendar = calendar;
        this.start = start;
        this.limit = limit;
        this.maximumLimit = maximumLimit;
        this.extension = extension;
        this.pauses = List.copyOf(pauses);
        this.stoppedOn = stoppedOn;
    }

    /** A clock that cannot be extended: {@code limit} working days from {@code start}. */
    public static StatutoryClock start(WorkingDayCalendar calendar, LocalDate start, int limit) {
        return start(calendar, start, limit, limit);
    }

    /**
     * A running clock of {@code limit} working days from {@code start} (day 0), which may later be
     * extended to at most {@code maximumLimit} working days.
     *
     * @throws StatutoryTimeException {@code clock.negative-limit}, {@code clock.maximum-below-limit}
     *     or {@code calendar.date-outside-range}
     */
    public static StatutoryClock start(WorkingDayCalendar calendar, LocalDate start, int limit,
            int maximumLimit) {
        Objects.requireNonNull(calendar, "calendar");
        calendar.isWorkingDay(start); // rejects a start outside the calendar, early
        if (limit < 0) {
            throw reject(StatutoryTimeRule.NEGATIVE_LIMIT,
                    "a clock's limit cannot be negative, but was " + limit + " working days");
        }
        if (maximumLimit < limit) {
            throw reject(StatutoryTimeRule.MAXIMUM_BELOW_LIMIT, "the maximum of " + maximumLimit
                    + " working days is below the limit of " + limit);
        }
        return new StatutoryClock(calendar, start, limit, maximumLimit, null, List.of(), null);
    }

    /**
     * Rebuilds a stored clock by replaying its history through the same rules as live changes, so
     * a stored clock that breaks a rule is rejected just as the change would have been.
     *
     * @param extension the extension, or {@code null}
     * @param pauses    the holds in the order placed; only the last may be open
     * @param stoppedOn the stop date, or {@code null} while running
     */
    public static StatutoryClock restore(WorkingDayCalendar calendar, LocalDate start, int limit,
            int maximumLimit, ClockExtension extension, List<ClockPause> pauses, LocalDate stoppedOn) {
        StatutoryClock clock = start(calendar, start, limit, maximumLimit);
        if (extension != null) {
            clock = clock.extend(extension.limit(), extension.reason());
        }
        for (ClockPause pause : pauses) {
            if (clock.openPause().isPresent()) {
                throw reject(StatutoryTimeRule.PAUSES_OVERLAP, "the hold placed on " + pause.heldOn()
                        + " follows a hold that was never released");
            }
            clock = clock.pause(pause.heldOn());
            clock = pause.isOpen() ? clock : clock.resume(pause.releasedOn());
        }
        return stoppedOn == null ? clock : clock.stop(stoppedOn);
    }

    /**
     * Extends the clock to {@code newLimit} working days from its start.
     *
     * @throws StatutoryTimeException {@code clock.extension-beyond-maximum},
     *     {@code clock.extension-not-longer}, {@code clock.extension-without-reason} or
     *     {@code clock.already-stopped}
     */
    public StatutoryClock extend(int newLimit, String reason) {
        requireRunning("extend");
        ClockExtension extended = new ClockExtension(newLimit, reason);
        if (newLimit > maximumLimit) {
            throw reject(StatutoryTimeRule.EXTENSION_BEYOND_MAXIMUM, "cannot extend to " + newLimit
                    + " working days: the maximum is " + maximumLimit);
        }
        if (newLimit <= effectiveLimit()) {
            throw reject(StatutoryTimeRule.EXTENSION_NOT_LONGER, "cannot extend to " + newLimit
                    + " working days: the limit is already " + effectiveLimit());
        }
        return new StatutoryClock(calendar, start, limit, maximumLimit, extended, pauses, null);
    }

    /**
     * Puts the clock on hold from {@code heldOn}.
     *
     * @throws StatutoryTimeException {@code clock.already-paused}, {@code clock.pause-before-start},
     *     {@code clock.pauses-overlap} or {@code clock.already-stopped}
     */
    public StatutoryClock pause(LocalDate heldOn) {
        Objects.requireNonNull(heldOn, "heldOn");
        requireRunning("put on hold");
        if (openPause().isPresent()) {
            throw reject(StatutoryTimeRule.ALREADY_PAUSED, "cannot put the clock on hold on "
                    + heldOn + ": it has been on hold since " + openPause().get().heldOn());
        }
        if (heldOn.isBefore(start)) {
            throw reject(StatutoryTimeRule.PAUSE_BEFORE_START, "cannot put the clock on hold on "
                    + heldOn + ": it started on " + start);
        }
        lastPause().filter(last -> heldOn.isBefore(last.releasedOn())).ifPresent(last -> {
            throw reject(StatutoryTimeRule.PAUSES_OVERLAP, "a hold placed on " + heldOn
                    + " overlaps the hold released on " + last.releasedOn());
        });
        List<ClockPause> more = new ArrayList<>(pauses);
        more.add(ClockPause.heldOn(heldOn));
        return new StatutoryClock(calendar, start, limit, maximumLimit, extension, more, null);
    }

    /**
     * Releases the open hold on {@code releasedOn}.
     *
     * @throws StatutoryTimeException {@code clock.not-paused} or
     *     {@code clock.pause-ends-before-it-starts}
     */
    public StatutoryClock resume(LocalDate releasedOn) {
        Objects.requireNonNull(releasedOn, "releasedOn");
        ClockPause open = openPause().orElseThrow(() -> reject(StatutoryTimeRule.NOT_PAUSED,
                "cannot release a hold on " + releasedOn + ": the clock is not on hold"));
        return new StatutoryClock(calendar, start, limit, maximumLimit, extension,
                withLastPause(open.release(releasedOn)), null);
    }

    /**
     * Stops the clock on {@code stoppedOn} (the deadline was met, or the case closed). An open
     * hold is released on the same day.
     *
     * @throws StatutoryTimeException {@code clock.stop-before-start},
     *     {@code clock.stop-before-pause-ends} or {@code clock.already-stopped}
     */
    public StatutoryClock stop(LocalDate stoppedOn) {
        Objects.requireNonNull(stoppedOn, "stoppedOn");
        requireRunning("stop");
        if (stoppedOn.isBefore(start)) {
            throw reject(StatutoryTimeRule.STOP_BEFORE_START,
                    "cannot stop the clock on " + stoppedOn + ": it started on " + start);
        }
        List<ClockPause> closed = pauses;
        Optional<ClockPause> last = lastPause();
        if (last.isPresent()) {
            LocalDate pauseEnd = last.get().isOpen() ? last.get().heldOn() : last.get().releasedOn();
            if (stoppedOn.isBefore(pauseEnd)) {
                throw reject(StatutoryTimeRule.STOP_BEFORE_PAUSE_ENDS, "cannot stop the clock on "
                        + stoppedOn + ": it has a hold recorded up to " + pauseEnd);
            }
            closed = last.get().isOpen() ? withLastPause(last.get().release(stoppedOn)) : pauses;
        }
        return new StatutoryClock(calendar, start, limit, maximumLimit, extension, closed, stoppedOn);
    }

    /** What the clock shows on {@code today}; see {@link ClockSnapshot}. */
    public ClockSnapshot snapshotOn(LocalDate today) {
        return new ClockReading(this, calendar).on(today);
    }

    /** What the clock shows today according to {@code clock} (use a Europe/London clock). */
    public ClockSnapshot snapshot(Clock clock) {
        return snapshotOn(LocalDate.now(clock));
    }

    /** The day the clock started: day 0. */
    public LocalDate start() {
        return start;
    }

    /** The ordinary limit, in working days after the start. */
    public int limit() {
        return limit;
    }

    /** The most working days the clock may be extended to. */
    public int maximumLimit() {
        return maximumLimit;
    }

    /** The limit that counts: the extended limit if extended, else the ordinary limit. */
    public int effectiveLimit() {
        return extension == null ? limit : extension.limit();
    }

    /** The extension, if any. */
    public Optional<ClockExtension> extension() {
        return Optional.ofNullable(extension);
    }

    /** The holds in the order placed; only the last may be open. */
    public List<ClockPause> pauses() {
        return pauses;
    }

    /** The stop date, once stopped. */
    public Optional<LocalDate> stoppedOn() {
        return Optional.ofNullable(stoppedOn);
    }

    /** The open hold, if the clock is on hold. */
    public Optional<ClockPause> openPause() {
        return lastPause().filter(ClockPause::isOpen);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatutoryClock that && calendar == that.calendar
                && start.equals(that.start) && limit == that.limit
                && maximumLimit == that.maximumLimit && Objects.equals(extension, that.extension)
                && pauses.equals(that.pauses) && Objects.equals(stoppedOn, that.stoppedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, limit, maximumLimit, extension, pauses, stoppedOn);
    }

    @Override
    public String toString() {
        return "StatutoryClock[start=" + start + ", limit=" + limit + ", maximumLimit="
                + maximumLimit + ", extension=" + extension + ", pauses=" + pauses
                + ", stoppedOn=" + stoppedOn + "]";
    }

    private Optional<ClockPause> lastPause() {
        return pauses.isEmpty() ? Optional.empty() : Optional.of(pauses.get(pauses.size() - 1));
    }

    private List<ClockPause> withLastPause(ClockPause replacement) {
        List<ClockPause> changed = new ArrayList<>(pauses);
        changed.set(changed.size() - 1, replacement);
        return changed;
    }

    private void requireRunning(String change) {
        if (stoppedOn != null) {
            throw reject(StatutoryTimeRule.ALREADY_STOPPED,
                    "cannot " + change + " the clock: it stopped on " + stoppedOn);
        }
    }

    private static StatutoryTimeException reject(StatutoryTimeRule rule, String message) {
        return new StatutoryTimeException(rule, message);
    }
}
