package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment was completed. When it was a reassessment asked for by a remedy, the remedy
 * case and action are named so remedy-service can complete that action with this assessment
 * as evidence.
 *
 * @param assessmentId     the assessment's id (record key)
 * @param reference        the assessment's reference
 * @param childRef         the council's record reference of the child
 * @param assessmentType   {@code CHILD_IN_NEED}, {@code PARENT_CARER}, {@code YOUNG_CARER} or {@code EARLY_HELP}
 * @param completedDate    the date it was completed
 * @param dueDate          the date it was due (45 working days from referral)
 * @param completedInTime  whether it was completed on or before its due date
 * @param eligibleNeeds    how many needs were found eligible
 * @param metNeeds         how many eligible needs have a way they are met
 * @param unmetNeeds       how many eligible needs are left unmet (open unmet needs)
 * @param remedyCaseId     the remedy case that asked for it, or {@code null}
 * @param remedyActionId   the remedy action that asked for it, or {@code null}
 */
public record AssessmentCompleted(UUID assessmentId, String reference, String childRef, String assessmentType,
        LocalDate completedDate, LocalDate dueDate, boolean completedInTime, int eligibleNeeds, int metNeeds,
        int unmetNeeds, UUID remedyCaseId, UUID remedyActionId) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
