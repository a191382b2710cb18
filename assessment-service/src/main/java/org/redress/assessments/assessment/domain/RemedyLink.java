package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The remedy that asked for an assessment, so that its completion can be reported back to that
 * action (DOMAIN §3: reassessments are linked to their source and report back).
 *
 * @param remedyCaseId    the remedy case
 * @param remedyReference the remedy case's reference
 * @param actionId        the reassessment action within the case
 * @param complaintId     the complaint the remedy comes from, or {@code null}
 * @param remedyDueDate   the date the remedy says the reassessment is due, or {@code null}
 */
public record RemedyLink(UUID remedyCaseId, String remedyReference, UUID actionId, UUID complaintId,
        LocalDate remedyDueDate) {
}
