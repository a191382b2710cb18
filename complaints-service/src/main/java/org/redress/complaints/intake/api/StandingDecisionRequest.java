package org.redress.complaints.intake.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.complaint.domain.StandingDecision;
import org.redress.complaints.intake.application.DecideStanding;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StandingDecisionRequest", description = "Whether a complainant relying on sufficient interest may use the statutory procedure")
public record StandingDecisionRequest(
        @NotNull @Schema(examples = "ACCEPTED", required = true) StandingDecision.Outcome decision,
        @NotNull @HappenedOn @Schema(examples = "2026-11-05", required = true) LocalDate decidedOn,
        @NotNull @Schema(description = "Whether the child's views were taken into account", examples = "true", required = true) Boolean childViewsTakenIntoAccount,
        @HappenedOn @Schema(description = "When the child's views were taken into account; required when they were", examples = "2026-11-04") LocalDate childViewsTakenIntoAccountOn,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Why; required when refused", examples = "A neighbour with no part in the child's care") String reason,
        @HappenedOn @Schema(description = "When the person was told; required when refused", examples = "2026-11-05") LocalDate personToldOn,
        @HappenedOn @Schema(description = "When the child was told, where appropriate", examples = "2026-11-06") LocalDate childToldOn) {
    DecideStanding command() {
        return new DecideStanding(new StandingDecision(decision, decidedOn, childViewsTakenIntoAccount,
                childViewsTakenIntoAccountOn, reason, personToldOn, childToldOn));
    }
}
