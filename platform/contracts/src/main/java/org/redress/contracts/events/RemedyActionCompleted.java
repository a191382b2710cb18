package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreed remedy action was completed, on time or late.
 *
 * @param remedyCaseId the remedy case's id (record key)
 * @param reference    the remedy case's reference
 * @param actionId     the action's id
 * @param actionRef    the decision's own number for the action
 * @param actionType   the action's type, e.g. {@code APOLOGY}
 * @param dueDate      the day it was due
 * @param completedOn  the day it was completed
 * @param onTime       whether it was completed on or before its due date
 */
public record RemedyActionCompleted(UUID remedyCaseId, String reference, UUID actionId, String actionRef, String actionType,
        LocalDate dueDate, LocalDate completedOn, boolean onTime) implements RemedyEvent {

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
