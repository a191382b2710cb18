package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment was opened, either from a referral or because a remedy asked for a
 * reassessment (then the remedy case and action are named).
 *
 * @param assessmentId   the assessment's id (record key)
 * @param reference      the assessment's reference
 * @param childRef       the council's record reference of the child
 * @param assessmentType e.g. {@code CHILD_IN_NEED}, {@code PARENT_CARER}, {@code YOUNG_CARER}
 * @param startDate      day 0 of the assessment clock
 * @param dueDate        the date the assessment is due (45 working days from referral)
 * @param remedyCaseId   the remedy case that asked for it, or {@code null}
 * @param remedyActionId the remedy action that asked for it, or {@code null}
 */
public record AssessmentOpened(UUID assessmentId, String reference, String childRef, String assessmentType,
        LocalDate startDate, LocalDate dueDate, UUID remedyCaseId, UUID remedyActionId) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
