package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The Local Government and Social Care Ombudsman's decision on a complaint was recorded; its
 * agreed actions follow in {@link ActionsAgreed} (source {@code OMBUDSMAN}).
 *
 * @param complaintId        the complaint's id (record key)
 * @param complaintReference the complaint's case reference
 * @param ombudsmanReference the Ombudsman's case reference
 * @param earlyReferral      whether the Ombudsman took it before stage 3
 * @param decisionDate       the date of the Ombudsman's decision
 * @param finding            e.g. {@code FAULT_CAUSING_INJUSTICE}, {@code NO_FAULT}
 * @param formalReport       whether it is a formal (public) report
 * @param actionCount        the number of actions agreed
 */
public record OmbudsmanDecisionRecorded(UUID complaintId, String complaintReference, String ombudsmanReference, boolean earlyReferral, LocalDate decisionDate, String finding,
        boolean formalReport, int actionCount) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
