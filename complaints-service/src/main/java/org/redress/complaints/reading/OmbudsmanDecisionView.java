package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.OmbudsmanDecision;

/** The Ombudsman's decision as the API shows it. */
@Schema(name = "OmbudsmanDecision")
public record OmbudsmanDecisionView(
        String reference,
        OmbudsmanDecision.Route route,
        boolean earlyReferral,
        LocalDate decisionDate,
        OmbudsmanDecision.Finding finding,
        boolean formalReport,
        List<AgreedActionView> actions,
        @Schema(description = "For a formal report, 3 months after the decision; absent otherwise", nullable = true)
        LocalDate councilReplyDueOn) {

    static OmbudsmanDecisionView of(OmbudsmanDecision decision) {
        return decision == null ? null
                : new OmbudsmanDecisionView(decision.reference(), decision.route(), decision.earlyReferral(),
                        decision.decisionDate(), decision.finding(), decision.formalReport(),
                        AgreedActionView.of(decision.actions()), decision.councilReplyDueOn());
    }
}
