package org.redress.statutorytime;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link StatutoryClock} shows on one day (DOMAIN §1: "every clock shows").
 *
 * @param start           the day the clock started (day 0)
 * @param dueDate         the due date under the ordinary limit, moved by the working days paused
 * @param extendedDueDate the due date under the extended limit, moved likewise; {@code null} if
 *                        the clock was not extended
 * @param daysUsed        working days counted so far (after the start, up to the day read or the
 *                        stop, not counting paused days)
 * @param daysLeft        the (extended) limit minus {@code daysUsed}; negative once overdue
 * @param state           the clock's state on the day read
 */
public record ClockSnapshot(
        LocalDate start,
        LocalDate dueDate,
        LocalDate extendedDueDate,
        int daysUsed,
        int daysLeft,
        ClockState state) {

    /** The extended due date, if the clock was extended. */
    public Optional<LocalDate> extendedDue() {
        return Optional.ofNullable(extendedDueDate);
    }

    /** The date that counts: the extended due date if extended, else the due date. */
    public LocalDate effectiveDueDate() {
        return extendedDueDate != null ? extendedDueDate : dueDate;
    }
}
