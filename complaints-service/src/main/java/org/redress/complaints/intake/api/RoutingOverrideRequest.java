package org.redress.complaints.intake.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.Procedure;
import org.redress.complaints.intake.application.OverrideRouting;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "RoutingOverrideRequest", description = "A person's choice of procedure, with the reason")
public record RoutingOverrideRequest(
        @NotNull @Schema(examples = "CORPORATE", required = true) Procedure procedure,
        @NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "The complaint is about a school transport decision", required = true) String reason,
        @HappenedOn @Schema(description = "The day the routing was decided: not before the complaint was received, not after today; today when absent", examples = "2026-11-05") LocalDate decidedOn) {
    OverrideRouting command() {
        return new OverrideRouting(procedure, reason, decidedOn);
    }
}
