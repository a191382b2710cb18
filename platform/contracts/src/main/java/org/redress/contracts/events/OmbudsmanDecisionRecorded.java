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
 * @param route              how the complaint came to the Ombudsman: {@code AFTER_COUNCIL_PROCEDURE} (the
 *                           council's procedure was exhausted), {@code EARLY_REFERRAL} (the council referred it
 *                           early), {@code COUNCIL_DELAY} or {@code WRONG_PROCEDURE} (the Ombudsman took it early
 *                           because of the council's delay, or because the council used the wrong procedure);
 *                           {@code null} in events published before it was carried
 */
public record OmbudsmanDecisionRecorded(UUID complaintId, String complaintReference, String ombudsmanReference,
        boolean earlyReferral, LocalDate decisionDate, String finding, boolean formalReport, int actionCount,
        String route) implements ComplaintEvent {

    @Override
    public String aggregateId() {
        return complaintId.toString();
    }

    @Override
    public String subject() {
        return complaintReference;
    }
}
