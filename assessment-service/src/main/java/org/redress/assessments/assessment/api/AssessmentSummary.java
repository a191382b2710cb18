package org.redress.assessments.assessment.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.assessment.domain.Team;

/**
 * An assessment in brief, for the systems that need to know only that it exists and where it stands: ids,
 * references, type, team and dates, and nothing of the child's needs, the family or the assessors' notes.
 */
@Schema(name = "AssessmentSummary", description = "An assessment in brief: ids, references, states and dates only")
public record AssessmentSummary(
        @Schema(examples = "c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14") UUID id,
        @Schema(description = "Case reference with check digit", examples = "ASM-2026-000042-3") String reference,
        @Schema(description = "The council's record reference of the child", examples = "CR-104233") String childRef,
        @Schema(examples = "CHILD_IN_NEED") AssessmentType assessmentType,
        @Schema(examples = "CHILDRENS_SOCIAL_CARE") Team team,
        @Schema(description = "Day 0 of the assessment clock", examples = "2026-11-25") LocalDate startDate,
        @Schema(description = "45 working days from the start, extended if it was", examples = "2027-01-30") LocalDate dueDate,
        @Schema(description = "The day it was completed; absent while open", nullable = true, examples = "2026-12-20") LocalDate completedOn) {

    static AssessmentSummary of(Assessment assessment, LocalDate today) {
        return new AssessmentSummary(assessment.id(), assessment.reference().toString(), assessment.childRef(),
                assessment.type(), assessment.work().team(), assessment.startDate(),
                assessment.clock().snapshotOn(today).dueDate(), assessment.work().completedOn().orElse(null));
    }
}
