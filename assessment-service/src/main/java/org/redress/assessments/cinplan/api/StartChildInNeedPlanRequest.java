package org.redress.assessments.cinplan.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.servicekit.validation.HappenedOn;

/** The body of {@code POST /assessments/{id}/plan}. */
@Schema(name = "StartChildInNeedPlanRequest", description = "The start of the child in need plan")
public record StartChildInNeedPlanRequest(
        @NotNull @HappenedOn @Schema(description = "Between the assessment's start and today", examples = "2026-11-25",
                required = true) LocalDate startDate) {
}
