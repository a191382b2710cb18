package org.redress.complaints.stagetwo.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stagetwo.application.ExtendStageTwo;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StageTwoExtensionRequest", description = "An extension of stage 2, to at most 65 working days")
public record StageTwoExtensionRequest(
        @NotNull @Min(26) @Max(65) @Schema(examples = "40", required = true) Integer workingDays,
        @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "Records held by the NHS trust are needed", required = true) String reason,
        @NotNull @HappenedOn @Schema(description = "When the complainant was told why", examples = "2026-12-01", required = true) LocalDate complainantToldOn) {
    ExtendStageTwo command() {
        return new ExtendStageTwo(workingDays, reason, complainantToldOn);
    }
}
