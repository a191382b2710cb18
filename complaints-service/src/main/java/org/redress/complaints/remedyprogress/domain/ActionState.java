package org.redress.complaints.remedyprogress.domain;

/**
 * Where one agreed action stands, as far as remedy-service has told us. An action only moves
 * forward: {@code OPEN → OVERDUE → COMPLETED} or {@code OPEN → COMPLETED}; a completed action
 * never goes back, so a late or repeated report cannot undo it.
 */
public enum ActionState {
    /** Known (a payment was reported) but neither overdue nor complete. */
    OPEN,
    /** Reported not complete by its due date and not completed since. */
    OVERDUE,
    /** Reported complete, on time or late. */
    COMPLETED
}
