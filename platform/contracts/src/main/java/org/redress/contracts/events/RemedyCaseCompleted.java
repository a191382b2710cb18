package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Every action of a remedy case is complete.
 *
 * @param remedyCaseId the remedy case's id (record key)
 * @param reference    the remedy case's reference
 * @param complaintId  the complaint it follows up, or {@code null}
 * @param completedOn  the day its last action was completed
 * @param actionCount  how many actions it holds
 * @param lateActions  how many of them were completed after their due date
 */
public record RemedyCaseCompleted(UUID remedyCaseId, String reference, UUID complaintId, LocalDate completedOn, int actionCount,
        int lateActions) implements RemedyEvent {

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
