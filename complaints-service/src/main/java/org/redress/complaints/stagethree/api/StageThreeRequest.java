package org.redress.complaints.stagethree.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.complaints.stagethree.application.RequestStageThree;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

@Schema(name = "StageThreeRequestRequest", description = "The complainant asked for a review panel")
public record StageThreeRequest(
        @NotNull @HappenedOn @Schema(examples = "2027-01-11", required = true) LocalDate requestedOn,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Why a request more than 20 working days after the adjudication is accepted") String lateReason) {
    RequestStageThree command() {
        return new RequestStageThree(requestedOn, lateReason);
    }
}
