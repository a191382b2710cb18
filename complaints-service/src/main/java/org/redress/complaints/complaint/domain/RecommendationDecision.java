package org.redress.complaints.complaint.domain;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The council's answer to one recommendation of the investigation or the review panel: accepted,
 * or rejected with its reasons (Regs 2006 regs 19(2), 21; the complainant is owed the reasons).
 */
public record RecommendationDecision(String reference, boolean accepted, String rejectionReason) {

    public RecommendationDecision {
        if (!accepted && (rejectionReason == null || rejectionReason.isBlank())) {
            throw new RuleViolation("recommendation.rejected-without-reason", ProblemKind.UNPROCESSABLE,
                    "recommendations", "recommendation " + reference + " is rejected: give the reasons");
        }
    }
}
