package org.redress.assessments.assessment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

/** The body of {@code POST /assessments/{id}/conditions}. */
@Schema(name = "AddConditionsRequest", description = "Conditions the assessment is to be carried out under, agreed on a "
        + "day (today when not given)")
public record AddConditionsRequest(
        @NotEmpty @Size(max = Bounds.MAX_LIST_SIZE) @Schema(description = "Each condition in the words it was agreed in; "
                + "one already recorded is not recorded again", required = true,
                examples = "[\"Keep the children's contact with professionals to a minimum\"]")
        List<@NotBlank @Size(max = Bounds.MAX_NARRATIVE_LENGTH) String> conditions,
        @HappenedOn @Schema(description = "The day they were agreed, from the assessment's start up to today; today "
                + "when not given", examples = "2026-11-20")
        LocalDate agreedOn) {
}
