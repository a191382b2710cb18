package org.redress.assessments.reassessments;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.reassessments.domain.Assessment;
import org.redress.assessments.reassessments.domain.RemedyLink;
import org.redress.servicekit.api.ClockView;

/** An assessment as the API shows it, with its clock as it stands today. */
@Schema(name = "Assessment", description = "An assessment of a child's needs and its clock")
public record AssessmentView(
        @Schema(examples = "c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14") UUID id,
        @Schema(description = "Case reference with check digit", examples = "ASM-2026-000042-3") String reference,
        @Schema(description = "The council's record reference of the child", examples = "CR-104233") String childRef,
        @Schema(examples = "CHILD_IN_NEED") String assessmentType,
        @Schema(description = "Day 0 of the assessment clock", examples = "2026-11-25") LocalDate startDate,
        @Schema(description = "Completion: 45 working days from the start (Working Together 2023)") ClockView clock,
        @Schema(description = "The remedy that asked for this assessment, if one did", nullable = true) RemedyView remedy) {

    /** The remedy behind a reassessment. */
    @Schema(name = "AssessmentRemedy", description = "The remedy action that asked for the assessment")
    public record RemedyView(
            @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID remedyCaseId,
            @Schema(examples = "REM-2026-000042-7") String remedyReference,
            @Schema(examples = "0d6f3a8c-2e4b-4f71-a9c5-1b7e3d5f9a20") UUID actionId,
            @Schema(description = "The complaint the remedy comes from, if any",
                    examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID complaintId,
            @Schema(description = "When the remedy says the reassessment is due", examples = "2026-12-23") LocalDate remedyDueDate) {

        static RemedyView of(RemedyLink link) {
            return new RemedyView(link.remedyCaseId(), link.remedyReference(), link.actionId(), link.complaintId(),
                    link.remedyDueDate());
        }
    }

    static AssessmentView of(Assessment assessment, LocalDate today) {
        return new AssessmentView(assessment.id(), assessment.reference().toString(), assessment.childRef(),
                assessment.type().name(), assessment.startDate(),
                ClockView.of(assessment.clock().snapshotOn(today)),
                assessment.remedy().map(RemedyView::of).orElse(null));
    }
}
