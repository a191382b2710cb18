package org.redress.assessments.assessment.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.domain.Csdpa2Category;
import org.redress.servicekit.validation.HappenedOn;

/** The body of {@code PUT /assessments/{id}/csdpa-s2}. */
@Schema(name = "ConsiderCsdpa2Request", description = "A CSDPA 1970 s2 category considered for a disabled child")
public record ConsiderCsdpa2Request(
        @NotNull @Schema(examples = "PRACTICAL_ASSISTANCE_IN_THE_HOME", required = true) Csdpa2Category category,
        @NotNull @Schema(examples = "true", required = true) Boolean needed,
        @HappenedOn @Schema(description = "The day it was considered, from the assessment's start up to today; today "
                + "when not given", examples = "2026-11-20") LocalDate consideredOn) {
}
