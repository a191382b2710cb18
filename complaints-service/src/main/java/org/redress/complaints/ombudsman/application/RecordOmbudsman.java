package org.redress.complaints.ombudsman.application;

import java.time.LocalDate;
import java.util.List;

import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;

/** The Ombudsman's decision on the complaint. */
public record RecordOmbudsman(String reference, boolean earlyReferral, LocalDate decisionDate,
        OmbudsmanDecision.Finding finding, boolean formalReport, List<AgreedActionTerm> actions) {
}
