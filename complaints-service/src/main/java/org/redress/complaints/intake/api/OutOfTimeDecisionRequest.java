package org.redress.complaints.intake.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.intake.application.DecideOutOfTime;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "OutOfTimeDecisionRequest", description = "Accept or refuse a complaint made over 12 months after the matter arose")
public record OutOfTimeDecisionRequest(
        @NotNull @Schema(examples = "true", required = true) Boolean accepted,
        @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "The family only learnt of the decision in June; records are complete", required = true) String reason,
        @NotNull @HappenedOn @Schema(examples = "2026-11-04", required = true) LocalDate decidedOn) {
    DecideOutOfTime command() {
        return new DecideOutOfTime(accepted, reason, decidedOn);
    }
}
