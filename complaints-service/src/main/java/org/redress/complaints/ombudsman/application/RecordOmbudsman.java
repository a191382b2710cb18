package org.redress.complaints.ombudsman.application;

import java.time.LocalDate;
import java.util.List;

import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;

/** The Ombudsman's decision on the complaint, with how the complaint came to the Ombudsman. */
public record RecordOmbudsman(String reference, OmbudsmanDecision.Route route, LocalDate decisionDate,
        OmbudsmanDecision.Finding finding, boolean formalReport, List<AgreedActionTerm> actions) {
}
