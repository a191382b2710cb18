package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stage was answered: the stage 1 response, stage 2 adjudication or the council's stage 3
 * response. Carries counts of the findings by outcome only; agreed actions follow in
 * {@link ActionsAgreed}.
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param stage              {@code STAGE_1}, {@code STAGE_2} or {@code STAGE_3}
 * @param decisionDate       the date of the response or adjudication
 * @param clockResult        {@code MET} or {@code MISSED}
 * @param pointsUpheld       points upheld
 * @param pointsPartlyUpheld points partly upheld
 * @param pointsNotUpheld    points not upheld
 * @param pointsNoFinding    points without a finding
 * @param actionCount        the number of actions agreed
 */
public record ComplaintStageDecided(UUID complaintId, String complaintReference, String stage, LocalDate decisionDate, String clockResult, int pointsUpheld, int pointsPartlyUpheld,
        int pointsNotUpheld, int pointsNoFinding, int actionCount) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
