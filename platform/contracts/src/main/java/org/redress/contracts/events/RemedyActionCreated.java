package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreed remedy action was recorded on a remedy case: one per action when the case opens, and
 * one when an action is added later, so a consumer can follow every action from the start.
 *
 * @param remedyCaseId the remedy case's id (record key)
 * @param reference    the remedy case's reference
 * @param actionId     the action's id
 * @param actionRef    the decision's own number for the action
 * @param actionType   the action's type, e.g. {@code APOLOGY}
 * @param dueDate      the day it is due
 * @param complaintId  the complaint the remedy comes from, or {@code null} (missed provision)
 */
public record RemedyActionCreated(UUID remedyCaseId, String reference, UUID actionId, String actionRef,
        String actionType, LocalDate dueDate, UUID complaintId) implements RemedyEvent {

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
