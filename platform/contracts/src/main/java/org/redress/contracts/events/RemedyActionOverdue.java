package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreed remedy action was not complete by its due date: published once, the day after.
 *
 * @param remedyCaseId the remedy case's id (record key)
 * @param reference    the remedy case's reference
 * @param actionId     the action's id
 * @param actionRef    the decision's own number for the action
 * @param actionType   the action's type
 * @param source       where it was agreed: {@code STAGE_1} … {@code OMBUDSMAN}, {@code MISSED_PROVISION}
 * @param dueDate      the day it was due
 * @param overdueOn    the day it was found overdue
 */
public record RemedyActionOverdue(UUID remedyCaseId, String reference, UUID actionId, String actionRef, String actionType,
        String source, LocalDate dueDate, LocalDate overdueOn) implements RemedyEvent {

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
