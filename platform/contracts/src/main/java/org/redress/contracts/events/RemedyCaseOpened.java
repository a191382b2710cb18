package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A remedy case was opened to follow up what a council agreed to do.
 *
 * @param remedyCaseId       the remedy case's id (record key)
 * @param reference          the remedy case's reference
 * @param complaintId        the complaint the remedy comes from, or {@code null}
 * @param complaintReference that complaint's reference, or {@code null}
 * @param source             {@code STAGE_1}, {@code STAGE_2}, {@code STAGE_3}, {@code OMBUDSMAN}
 *                           or {@code MISSED_PROVISION}
 * @param decisionDate       the date of the decision that agreed the actions
 * @param actionCount        how many actions the case holds when opened
 */
public record RemedyCaseOpened(UUID remedyCaseId, String reference, UUID complaintId, String complaintReference,
        String source, LocalDate decisionDate, int actionCount) implements RemedyEvent {

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
