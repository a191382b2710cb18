package org.redress.assessments.assessment.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.assessment.domain.Team;
import org.redress.contracts.Bounds;

/** The body of {@code POST /assessments}. */
@Schema(name = "OpenAssessmentRequest", description = "An assessment of a referred child or their carer")
public record OpenAssessmentRequest(
        @NotNull @Schema(description = "The referral it follows; the clock runs from its received date", required = true,
                examples = "5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31") UUID referralId,
        @NotNull @Schema(examples = "PARENT_CARER", required = true) AssessmentType assessmentType,
        @Schema(description = "Who carries it out; CHILDRENS_SOCIAL_CARE when not given", examples = "CHILDRENS_SOCIAL_CARE")
        Team team,
        @Size(max = 10) @Schema(description = "Conditions the assessment must respect (e.g. from a remedy)",
                examples = "[\"NAMED_CONTACT_FOR_FAMILY\"]")
        List<@NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) String> conditions) {
}
