package org.redress.assessments.assessment.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.domain.CaringFamilyMember;
import org.redress.servicekit.validation.HappenedOn;

/**
 * The body of {@code POST /assessments/{id}/completion}. Its {@link Carer} is the request's own
 * schema, {@code CaringFamilyMemberInput}, so that the carer the assessment shows keeps the name
 * {@code CaringFamilyMember} whichever class the OpenAPI scanner meets first.
 */
@Schema(name = "CompleteAssessmentRequest", description = "Completion, with the family members who care")
public record AssessmentCompletionRequest(
        @Size(max = 10) @Schema(description = "Family members with a caring role")
        List<@Valid @NotNull Carer> caringFamilyMembers,
        @HappenedOn @Schema(description = "The day it was completed, from its start up to today and not before the "
                + "work recorded in it; today when not given. The clock stops on this day, however late it is recorded",
                examples = "2026-11-24")
        LocalDate completedOn) {

    List<CaringFamilyMember> carers() {
        return caringFamilyMembers == null ? List.of()
                : caringFamilyMembers.stream().map(c -> new CaringFamilyMember(c.relationship(), c.carerAssessmentRef()))
                        .toList();
    }

    @Schema(name = "CaringFamilyMemberInput", description = "A family member with a caring role, as the completion records them")
    public record Carer(
            @NotNull @Schema(examples = "SIBLING", required = true) CaringFamilyMember.Relationship relationship,
            @Pattern(regexp = RequestPatterns.REFERENCE) @Schema(description = "Their carer's assessment, if they have one", nullable = true,
                    examples = "ASM-2026-000050-1") String carerAssessmentRef) {
    }
}
