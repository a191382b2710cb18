package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A remedy action asks for a child's needs to be reassessed; assessment-service opens a
 * linked assessment and reports back when it is complete.
 *
 * @param remedyCaseId the remedy case's id (record key)
 * @param reference    the remedy case's reference
 * @param actionId     the reassessment action's id
 * @param complaintId  the complaint the remedy comes from, or {@code null}
 * @param childRef     the council's record reference of the child to reassess
 * @param dueDate      the date the reassessment is due under the remedy
 */
public record ReassessmentRequested(UUID remedyCaseId, String reference, UUID actionId, UUID complaintId,
        String childRef, LocalDate dueDate) implements RemedyEvent {

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
