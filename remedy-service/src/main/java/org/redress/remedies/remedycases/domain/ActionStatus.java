package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

/**
 * Where an agreed action stands. An agreed action starts {@code OPEN}; one computed by the
 * service (missed provision found by an assessment) starts {@code AWAITING_CONFIRMATION} until a
 * person confirms the amount. An open or in-progress action is {@code OVERDUE} from the day after
 * its due date until it is completed (late): every read says so by its own clock ({@link #on}),
 * and the sweep stores it and announces it, once, when it next runs.
 */
public enum ActionStatus {
    AWAITING_CONFIRMATION,
    OPEN,
    IN_PROGRESS,
    OVERDUE,
    /** Done, with evidence; a completed action is never overdue. */
    COMPLETED;

    public boolean isComplete() {
        return this == COMPLETED;
    }

    /**
     * Whether an action in this status, due on {@code dueDate}, is to be marked overdue on
     * {@code today}: open or in progress, and past its due date (DOMAIN §4: flagged the day after
     * the due date). One awaiting confirmation is not chased until a person has confirmed it.
     */
    public boolean fallsOverdue(LocalDate dueDate, LocalDate today) {
        return (this == OPEN || this == IN_PROGRESS) && today.isAfter(dueDate);
    }

    /**
     * The status as it stands on {@code today}, as every read reports it: {@code OVERDUE} from the
     * day after the due date whether or not the sweep has stored it yet, so that a record read
     * between the due date passing and the next sweep does not say the action is still on time.
     */
    public ActionStatus on(LocalDate dueDate, LocalDate today) {
        return fallsOverdue(dueDate, today) ? OVERDUE : this;
    }
}
