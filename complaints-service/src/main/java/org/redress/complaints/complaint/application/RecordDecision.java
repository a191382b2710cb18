package org.redress.complaints.complaint.application;

import java.time.LocalDate;
import java.util.List;

import org.redress.complaints.complaint.domain.AgreedActionTerm;
import org.redress.complaints.complaint.domain.PointFinding;
import org.redress.complaints.complaint.domain.RecommendationDecision;

/** A stage's decision: stage 1 response or stage 2 adjudication. */
public record RecordDecision(LocalDate decidedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
        List<RecommendationDecision> recommendations, LocalDate nextStepToldOn) {
}
