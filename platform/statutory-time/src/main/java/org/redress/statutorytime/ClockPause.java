package org.redress.statutorytime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A hold on a {@link StatutoryClock}, placed on {@code heldOn} and released on {@code releasedOn}
 * ({@code null} while still on hold). Per DOMAIN §1 it pauses the working days after
 * {@code heldOn} up to and including {@code releasedOn}, so a hold placed and released on the same
 * day pauses nothing.
 *
 * @param heldOn     the day the hold was placed
 * @param releasedOn the day it was released, or {@code null} while the hold is open
 */
public record ClockPause(LocalDate heldOn, LocalDate releasedOn) {

    /** @throws StatutoryTimeException {@code clock.pause-ends-before-it-starts} */
    public ClockPause {
        Objects.requireNonNull(heldOn, "heldOn");
        if (releasedOn != null && releasedOn.isBefore(heldOn)) {
            throw new StatutoryTimeException(StatutoryTimeRule.PAUSE_ENDS_BEFORE_START,
                    "a hold placed on " + heldOn + " cannot be released earlier, on " + releasedOn);
        }
    }

    /** An open hold, placed on {@code heldOn}. */
    public static ClockPause heldOn(LocalDate heldOn) {
        return new ClockPause(heldOn, null);
    }

    /** Whether the hold is still open. */
    public boolean isOpen() {
        return releasedOn == null;
    }

    /** The release date, if released. */
    public Optional<LocalDate> released() {
        return Optional.ofNullable(releasedOn);
    }

    /** Whether the clock is on hold on {@code day}: from the day placed until the day released. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(heldOn) && (releasedOn == null || day.isBefore(releasedOn));
    }

    /**
     * The working days this hold has paused as of {@code asOf}: those after {@code heldOn} up to
     * and including the earlier of {@code asOf} and the release date.
     */
    int pausedWorkingDays(WorkingDayCalendar calendar, LocalDate asOf) {
        if (!asOf.isAfter(heldOn)) {
            return 0;
        }
        LocalDate end = releasedOn == null || asOf.isBefore(releasedOn) ? asOf : releasedOn;
        return calendar.workingDaysBetween(heldOn, end);
    }

    ClockPause release(LocalDate day) {
        return new ClockPause(heldOn, day);
    }
}
