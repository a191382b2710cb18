package org.redress.statutorytime;

/** Where a {@link StatutoryClock} stands on a given day (DOMAIN §1). */
public enum ClockState {
    /** Running, with more than {@value StatutoryClock#DUE_SOON_WORKING_DAYS} working days left. */
    ON_TRACK,
    /** Running, due within {@value StatutoryClock#DUE_SOON_WORKING_DAYS} working days or today. */
    DUE_SOON,
    /** Running, and today is after the (extended) due date. */
    OVERDUE,
    /** A hold covers today: it was placed on or before today and not yet released. */
    PAUSED,
    /** Stopped on or before the (extended) due date. */
    MET,
    /** Stopped after the (extended) due date. */
    MISSED;

    /** Whether the clock has stopped, so that this state will never change again. */
    public boolean isFinal() {
        return this == MET || this == MISSED;
    }
}
