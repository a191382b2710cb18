package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.List;
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
 * @param agreedOn     the day the reassessment was agreed (the remedy's decision date, or the day the action
 *                     was added to the case): the linked assessment counts from it; {@code null} in events
 *                     published before it was carried
 * @param conditions   conditions the reassessment is to be carried out under, in the remedy's words; empty
 *                     when none
 */
public record ReassessmentRequested(UUID remedyCaseId, String reference, UUID actionId, UUID complaintId,
        String childRef, LocalDate dueDate, LocalDate agreedOn, List<String> conditions) implements RemedyEvent {

    public ReassessmentRequested {
        conditions = conditions == null ? List.of() : List.copyOf(conditions); // absent from earlier events
    }

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
