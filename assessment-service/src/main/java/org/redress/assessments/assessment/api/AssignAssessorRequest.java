package org.redress.assessments.assessment.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.servicekit.validation.HappenedOn;

/** The body of {@code POST /assessments/{id}/assessors}. */
@Schema(name = "AssignAssessorRequest", description = "A social worker assigned from a day (today when not given)")
public record AssignAssessorRequest(
        @NotNull @Pattern(regexp = RequestPatterns.STAFF_ID, message = "must be a staff identifier of 1 to 64 letters, digits, dots, "
                + "underscores or dashes") @Schema(description = "Staff identifier", examples = "sw-0147", required = true)
        String assessor,
        @HappenedOn @Schema(description = "The day they took the assessment on, from its start up to today and not "
                + "before the assessor before them; today when not given", examples = "2026-11-16")
        LocalDate from) {
}
