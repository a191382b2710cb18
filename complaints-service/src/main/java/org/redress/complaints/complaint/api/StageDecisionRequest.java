package org.redress.complaints.complaint.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.application.RecordDecision;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StageDecisionRequest", description = "A stage 1 response or stage 2 adjudication: a finding per point and the actions agreed")
public record StageDecisionRequest(
        @NotNull @HappenedOn @Schema(description = "Date of the response or adjudication; agreed periods run from it", examples = "2026-11-13", required = true) LocalDate decidedOn,
        @NotEmpty @Size(max = Bounds.MAX_LIST_SIZE) @Schema(required = true) List<@Valid @NotNull PointFindingBody> findings,
        @Size(max = Bounds.MAX_LIST_SIZE) List<@Valid @NotNull AgreedActionBody> actions,
        @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "The recommendations, each accepted or rejected with reasons; kept at stage 1 as at stage 2")
        List<@Valid @NotNull RecommendationBody> recommendations,
        @HappenedOn @Schema(description = "Stage 2 adjudication: when the complainant was told of the right to stage 3; without it the adjudication is flagged RIGHT_TO_STAGE_3_NOT_TOLD. Not used at stage 1.", examples = "2026-11-13") LocalDate nextStepToldOn) {
    public RecordDecision command() {
        return new RecordDecision(decidedOn, findings.stream().map(PointFindingBody::toDomain).toList(),
                AgreedActionBody.toDomain(actions), RecommendationBody.toDomain(recommendations), nextStepToldOn);
    }
}
