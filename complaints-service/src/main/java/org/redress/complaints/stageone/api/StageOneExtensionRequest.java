package org.redress.complaints.stageone.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stageone.application.ExtendStageOne;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StageOneExtensionRequest", description = "The one extension of stage 1, to at most 20 working days")
public record StageOneExtensionRequest(
        @NotNull @Min(11) @Max(20) @Schema(examples = "20", required = true) Integer workingDays,
        @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "An advocate is needed", required = true) String reason,
        @NotNull @HappenedOn @Schema(description = "When the complainant was told", examples = "2026-11-06", required = true) LocalDate complainantToldOn,
        @HappenedOn @Schema(description = "The day the extension was decided: not before the complaint was received, not after today; today when absent", examples = "2026-11-05") LocalDate decidedOn) {
    ExtendStageOne command() {
        return new ExtendStageOne(workingDays, reason, complainantToldOn, decidedOn);
    }
}
