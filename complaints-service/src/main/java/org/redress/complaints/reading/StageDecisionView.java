package org.redress.complaints.reading;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.PointFinding;
import org.redress.complaints.complaint.domain.StageDecision;
import org.redress.statutorytime.ClockState;

/** A stage's answer as the API shows it: a stage 1 response, a stage 2 adjudication or a stage 3 response. */
@Schema(name = "StageDecision")
public record StageDecisionView(
        LocalDate decidedOn,
        List<PointFinding> findings,
        List<AgreedActionView> actions,
        ClockState clockResult,
        List<RecommendationDecisionView> recommendations,
        @Schema(description = "When the complainant was told of the next step open to them; absent when not recorded,"
                + " and always for a stage 1 response", nullable = true)
        LocalDate nextStepToldOn) {

    static StageDecisionView of(StageDecision decision) {
        return decision == null ? null
                : new StageDecisionView(decision.decidedOn(), decision.findings(), AgreedActionView.of(decision.actions()),
                        decision.clockResult(), RecommendationDecisionView.of(decision.recommendations()),
                        decision.nextStepToldOn());
    }
}
