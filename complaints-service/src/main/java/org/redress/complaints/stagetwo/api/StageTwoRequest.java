package org.redress.complaints.stagetwo.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stagetwo.application.RequestStageTwo;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StageTwoRequestRequest", description = "The complainant asked for stage 2")
public record StageTwoRequest(
        @NotNull @HappenedOn @Schema(examples = "2026-11-20", required = true) LocalDate requestedOn,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Why a request more than 20 working days after the stage 1 response is accepted",
                examples = "The complainant was in hospital") String lateReason) {
    RequestStageTwo command() {
        return new RequestStageTwo(requestedOn, lateReason);
    }
}
