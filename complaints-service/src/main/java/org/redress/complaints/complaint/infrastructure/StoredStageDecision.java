package org.redress.complaints.complaint.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import org.redress.complaints.complaint.domain.Finding;
import org.redress.complaints.complaint.domain.PointFinding;
import org.redress.complaints.complaint.domain.RecommendationDecision;
import org.redress.complaints.complaint.domain.StageDecision;
import org.redress.statutorytime.ClockState;

/**
 * The stored shape of {@code complaint.stage_one_response}, and of the adjudication and stage 3
 * response kept in {@code stage_two} and {@code stage_three}. A response stored before
 * recommendations and the next step were kept has neither, and reads with none.
 */
public record StoredStageDecision(LocalDate decidedOn, List<StoredFinding> findings, List<StoredAction> actions,
        String clockResult, List<StoredRecommendation> recommendations, LocalDate nextStepToldOn) {

    /** The finding on one numbered point. */
    public record StoredFinding(int point, String finding, boolean faultAccepted) {
    }

    /** The council's answer to one recommendation. */
    public record StoredRecommendation(String reference, boolean accepted, String rejectionReason) {
    }

    static StoredStageDecision from(StageDecision decision) {
        return decision == null ? null : new StoredStageDecision(decision.decidedOn(),
                decision.findings().stream()
                        .map(f -> new StoredFinding(f.point(), f.finding().name(), f.faultAccepted())).toList(),
                StoredAction.from(decision.actions()), decision.clockResult().name(),
                decision.recommendations().stream()
                        .map(r -> new StoredRecommendation(r.reference(), r.accepted(), r.rejectionReason())).toList(),
                decision.nextStepToldOn());
    }

    StageDecision toDomain() {
        return new StageDecision(decidedOn,
                findings == null ? null : findings.stream()
                        .map(f -> new PointFinding(f.point, Finding.valueOf(f.finding), f.faultAccepted)).toList(),
                StoredAction.toDomain(actions), ClockState.valueOf(clockResult),
                recommendations == null ? null : recommendations.stream()
                        .map(r -> new RecommendationDecision(r.reference, r.accepted, r.rejectionReason)).toList(),
                nextStepToldOn);
    }

    static StageDecision domainOf(StoredStageDecision stored) {
        return stored == null ? null : stored.toDomain();
    }

    /** Writes the column from this shape and reads it back strictly. */
    @Converter
    public static final class Column extends StoredDocuments.Column<StoredStageDecision> {

        public Column() {
            super(StoredStageDecision.class);
        }
    }
}
