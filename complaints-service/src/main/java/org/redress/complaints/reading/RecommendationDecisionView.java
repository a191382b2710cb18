package org.redress.complaints.reading;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.RecommendationDecision;

/** The council's answer to one recommendation, as the API shows it. */
@Schema(name = "RecommendationDecision")
public record RecommendationDecisionView(
        String reference,
        boolean accepted,
        @Schema(description = "Always given for a rejection; may be absent for an acceptance", nullable = true)
        String rejectionReason) {

    static List<RecommendationDecisionView> of(List<RecommendationDecision> decisions) {
        return decisions.stream()
                .map(r -> new RecommendationDecisionView(r.reference(), r.accepted(), r.rejectionReason())).toList();
    }
}
