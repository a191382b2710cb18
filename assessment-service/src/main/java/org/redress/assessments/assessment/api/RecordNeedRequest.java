package org.redress.assessments.assessment.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.domain.Need;
import org.redress.assessments.assessment.domain.NeedArea;
import org.redress.assessments.assessment.domain.WayMet;
import org.redress.contracts.Bounds;
import org.redress.servicekit.validation.HappenedOn;

/** The body of {@code PUT /assessments/{id}/needs}. */
@Schema(name = "RecordNeedRequest", description = "One need the assessment found")
public record RecordNeedRequest(
        @NotNull @Pattern(regexp = RequestPatterns.REFERENCE) @Schema(description = "Short code, unique in the assessment",
                examples = "N1", required = true) String code,
        @NotNull @Schema(examples = "CARER_BREAK", required = true) NeedArea area,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(examples = "Parents have had no overnight break for two years")
        String description,
        @NotNull @Schema(required = true, examples = "true") Boolean eligible,
        @Min(0) @Max(Need.MAX_CRITERIA_SCORE) @Schema(description = "Score against the eligibility criteria",
                examples = "14") Integer criteriaScore,
        @Schema(description = "Required when eligible", examples = "NOT_MET") WayMet wayMet,
        @Size(max = Bounds.MAX_NARRATIVE_LENGTH) @Schema(description = "Required for NOT_MET; must be about the child's needs",
                examples = "Eligible for overnight short breaks; offered fortnightly") String reason,
        @Schema(description = "For a carer's need for a break, however it is recorded (area CARER_BREAK, met by "
                + "SHORT_BREAKS, or described as respite or a break from caring): in-home short breaks considered",
                examples = "true")
        Boolean inHomeShortBreaksConsidered,
        @HappenedOn @Schema(description = "The day the assessment found it, from its start up to today; today when "
                + "not given", examples = "2026-11-20") LocalDate identifiedOn) {

    Need toNeed() {
        return new Need(code, area, description, eligible, criteriaScore, wayMet, reason,
                Boolean.TRUE.equals(inHomeShortBreaksConsidered));
    }
}
