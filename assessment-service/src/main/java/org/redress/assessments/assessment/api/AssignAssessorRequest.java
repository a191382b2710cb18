package org.redress.assessments.assessment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /assessments/{id}/assessors}. */
@Schema(name = "AssignAssessorRequest", description = "A social worker assigned from today")
public record AssignAssessorRequest(
        @NotNull @Pattern(regexp = RequestPatterns.STAFF_ID, message = "must be a staff identifier of 1 to 64 letters, digits, dots, "
                + "underscores or dashes") @Schema(description = "Staff identifier", examples = "sw-0147", required = true)
        String assessor) {
}
