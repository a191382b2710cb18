package org.redress.remedies.remedycases.domain;

/** Where an agreed action stands. Every action starts {@code OPEN}. */
public enum ActionStatus {
    OPEN,
    /** Done, with evidence; a completed action is never overdue. */
    COMPLETED
}
