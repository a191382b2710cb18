package org.redress.assessments.cinplan.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.servicekit.validation.HappenedOn;

/** The body of {@code POST /assessments/{id}/plan/reviews}. */
@Schema(name = "ReviewChildInNeedPlanRequest", description = "A review of the child in need plan that was held")
public record ReviewChildInNeedPlanRequest(
        @NotNull @HappenedOn @Schema(description = "The day it was held, not in the future", examples = "2026-11-20",
                required = true) LocalDate reviewedOn) {
}
