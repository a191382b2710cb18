package org.redress.remedies.remedycases.domain;

/**
 * Where an agreed action stands. An agreed action starts {@code OPEN}; one computed by the
 * service (missed provision found by an assessment) starts {@code AWAITING_CONFIRMATION} until a
 * person confirms the amount. {@code OVERDUE} is set by the daily sweep the day after the due
 * date and stays until the action is completed (late).
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
}
