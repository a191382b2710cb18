package org.redress.complaints.holds.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Hold;
import org.redress.complaints.holds.application.PlaceHold;
import org.redress.servicekit.validation.CaseDate;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "HoldRequest", description = "A hold: why, from when, when the complainant was told and when it is reviewed")
public record HoldRequest(
        @NotNull @Schema(examples = "LEGAL_PROCEEDINGS", required = true) Hold.HoldReason reason,
        @NotNull @HappenedOn @Schema(examples = "2026-11-09", required = true) LocalDate heldOn,
        @HappenedOn @Schema(description = "When the complainant was told; a hold without it is refused (422)", examples = "2026-11-09", required = true) LocalDate complainantToldOn,
        @NotNull @CaseDate @Schema(examples = "2026-12-09", required = true) LocalDate reviewOn) {
    PlaceHold command() {
        return new PlaceHold(reason, heldOn, complainantToldOn, reviewOn);
    }
}
