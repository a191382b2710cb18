package org.redress.assessments.assessment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.assessment.domain.AssessmentWork;
import org.redress.assessments.assessment.domain.AssessorAssignment;
import org.redress.assessments.assessment.domain.CaringFamilyMember;
import org.redress.assessments.assessment.domain.ChildInNeedPlan;
import org.redress.assessments.assessment.domain.Csdpa2Category;
import org.redress.assessments.assessment.domain.Need;
import org.redress.assessments.assessment.domain.NeedArea;
import org.redress.assessments.assessment.domain.Provision;
import org.redress.assessments.assessment.domain.RemedyLink;
import org.redress.assessments.assessment.domain.Team;
import org.redress.assessments.assessment.domain.TimelineEntry;
import org.redress.assessments.assessment.domain.WayMet;
import org.redress.servicekit.api.ClockView;
import org.redress.servicekit.api.Versioned;

/** An assessment as the API shows it, with its clock as it stands today. */
@Schema(name = "Assessment", description = "An assessment of a child's needs and its clock")
public record AssessmentView(
        @Schema(examples = "c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14") UUID id,
        @Schema(description = "Case reference with check digit", examples = "ASM-2026-000042-3") String reference,
        @Schema(description = "The council's record reference of the child", examples = "CR-104233") String childRef,
        @Schema(description = "For a carer's assessment a remedy asked for, the council's record reference of the "
                + "carer assessed", nullable = true, examples = "AR-220871") String carerRef,
        @Schema(examples = "CHILD_IN_NEED") AssessmentType assessmentType,
        @Schema(description = "Day 0 of the assessment clock", examples = "2026-11-25") LocalDate startDate,
        @Schema(description = "Completion: 45 working days from the start (Working Together 2023)") ClockView clock,
        @Schema(description = "The remedy that asked for this assessment, if one did", nullable = true) RemedyView remedy,
        @Schema(description = "The referral whose s17 decision opened this assessment, if one did", nullable = true,
                examples = "5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31") UUID referralId,
        @Schema(description = "Whether the child is disabled (CSDPA 1970 s2 services must be considered)",
                examples = "false") boolean disabledChild,
        @Schema(examples = "CHILDRENS_SOCIAL_CARE") Team team,
        @Schema(description = "Conditions the assessment is to be carried out under (e.g. those a remedy agreed), in "
                + "the words they were agreed in") List<String> conditions,
        @Schema(description = "Assessors over time") List<AssessorView> assessors,
        @Schema(description = "Needs, one by one") List<NeedView> needs,
        @Schema(description = "CSDPA 1970 s2 categories considered, needed or not") Map<Csdpa2Category, Boolean> csdpaS2,
        @Schema(description = "Family members with a caring role") List<CarerView> caringFamilyMembers,
        @Schema(description = "Accepted but flagged for review") List<FlagView> flags,
        @Schema(description = "What happened, in order") List<TimelineView> timeline,
        @Schema(description = "Support that started") List<ProvisionView> provisions,
        @Schema(description = "The day it was completed", nullable = true, examples = "2026-11-25") LocalDate completedOn,
        @Schema(description = "The child in need plan that followed it, if one started", nullable = true) PlanView plan,
        @Schema(description = "The assessment's version, as its ETag gives it: send it as If-Match with the next change",
                examples = "3") long version) implements Versioned {

    /** The child in need plan with its next review as it stands today. */
    @Schema(name = "ChildInNeedPlan", description = "First review within 3 months of the start, then at least every 6 months")
    public record PlanView(
            @Schema(examples = "2026-11-25") LocalDate startDate,
            @Schema(description = "Reviews held, in order") List<LocalDate> reviews,
            @Schema(description = "Next review due date", examples = "2027-02-25") LocalDate nextReviewDue,
            @Schema(description = "ON_TRACK, DUE_SOON (within 14 days) or OVERDUE", examples = "ON_TRACK")
            ChildInNeedPlan.ReviewState nextReviewState,
            @Schema(description = "Flagged: the next review is overdue", examples = "false") boolean reviewOverdue) {

        static PlanView of(ChildInNeedPlan plan, LocalDate today) {
            ChildInNeedPlan.NextReview next = plan.nextReviewOn(today);
            return new PlanView(plan.startDate(), plan.reviews(), next.dueDate(), next.state(),
                    next.state() == ChildInNeedPlan.ReviewState.OVERDUE);
        }
    }

    /** A social worker assigned to the assessment from a day on: both always known. */
    @Schema(name = "AssessorAssignment", description = "A social worker assigned to carry out the assessment from a day on")
    public record AssessorView(
            @Schema(description = "Staff identifier", examples = "sw-0147") String assessor,
            @Schema(description = "The day they took the assessment on", examples = "2026-11-16") LocalDate from) {

        static AssessorView of(AssessorAssignment assignment) {
            return new AssessorView(assignment.assessor(), assignment.from());
        }
    }

    /**
     * One need as recorded. What the assessor may leave out stays out: the description, the score, how an
     * ineligible need is met, and the reason for a need that is met.
     */
    @Schema(name = "Need", description = "One need the assessment found")
    public record NeedView(
            @Schema(description = "Short code, unique in the assessment", examples = "N1") String code,
            @Schema(examples = "CARER_BREAK") NeedArea area,
            @Schema(description = "What the need is, when the assessor described it", nullable = true,
                    examples = "Parents have had no overnight break for two years") String description,
            @Schema(examples = "true") boolean eligible,
            @Schema(description = "Score against the eligibility criteria, when scored", nullable = true,
                    examples = "14") Integer criteriaScore,
            @Schema(description = "How it is met, or NOT_MET; always given for an eligible need", nullable = true,
                    examples = "SHORT_BREAKS") WayMet wayMet,
            @Schema(description = "Why it is met that way or not met; always given for NOT_MET", nullable = true,
                    examples = "Fortnightly overnight short breaks at a local provider") String reason,
            @Schema(description = "For a carer's need for a break: in-home short breaks considered",
                    examples = "true") boolean inHomeShortBreaksConsidered) {

        static NeedView of(Need need) {
            return new NeedView(need.code(), need.area(), need.description(), need.eligible(), need.criteriaScore(),
                    need.wayMet(), need.reason(), need.inHomeShortBreaksConsidered());
        }
    }

    /** A family member with a caring role, recorded at completion. */
    @Schema(name = "CaringFamilyMember", description = "A family member with a caring role")
    public record CarerView(
            @Schema(examples = "SIBLING") CaringFamilyMember.Relationship relationship,
            @Schema(description = "Their carer's assessment, if they have one", nullable = true,
                    examples = "ASM-2026-000050-1") String carerAssessmentRef) {

        static CarerView of(CaringFamilyMember carer) {
            return new CarerView(carer.relationship(), carer.carerAssessmentRef());
        }
    }

    /** One line of the assessment's timeline, its code one of a fixed set. */
    @Schema(name = "TimelineEntry", description = "One thing that happened to the assessment, and when and by whom "
            + "it was recorded")
    public record TimelineView(
            @Schema(description = "The day it happened", examples = "2026-11-20") LocalDate on,
            @Schema(description = "What happened", enumeration = { "OPENED", "ASSESSOR_ASSIGNED", "NEED_RECORDED",
                    "CSDPA_S2_CONSIDERED", "CONDITION_ADDED", "FLAGGED", "COMPLETED", "PROVISION_STARTED",
                    "CIN_PLAN_STARTED", "CIN_PLAN_REVIEWED" }, examples = "NEED_RECORDED") String what,
            @Schema(description = "What it is about: a need code, an assessor, a CSDPA s2 category, a condition, or "
                    + "a flag's code and what the flag is about", nullable = true, examples = "N1") String about,
            @Schema(description = "When it was recorded; absent on entries recorded before Redress kept it",
                    nullable = true, examples = "2026-11-20T15:31:02Z") Instant recordedAt,
            @Schema(description = "Who recorded it: the subject of the person or system, never a name", nullable = true,
                    examples = "sw-0147") String recordedBy) {

        static TimelineView of(TimelineEntry entry) {
            return new TimelineView(entry.on(), entry.what(), entry.about(), entry.recordedAt(), entry.recordedBy());
        }
    }

    /** Provision with its missed period and amount. */
    @Schema(name = "Provision", description = "Support that started, with what was missed")
    public record ProvisionView(UUID id, String needCode, Provision.Kind kind, long weeklyAmountPence, LocalDate shouldHaveStarted,
            LocalDate startedOn, @Schema(description = "Days missed, both ends inclusive", examples = "35") long missedDays,
            @Schema(description = "Missed provision in pence", examples = "60000") long missedAmountPence) {

        static ProvisionView of(Provision p) {
            return new ProvisionView(p.id(), p.needCode(), p.kind(), p.weeklyAmountPence(), p.shouldHaveStarted(),
                    p.startedOn(), p.missedDays(), p.missedAmountPence());
        }
    }

    /** The remedy behind a reassessment. */
    @Schema(name = "AssessmentRemedy", description = "The remedy action that asked for the assessment")
    public record RemedyView(
            @Schema(examples = "9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b") UUID remedyCaseId,
            @Schema(examples = "REM-2026-000042-7") String remedyReference,
            @Schema(examples = "0d6f3a8c-2e4b-4f71-a9c5-1b7e3d5f9a20") UUID actionId,
            @Schema(description = "The complaint the remedy comes from, if any", nullable = true,
                    examples = "3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10") UUID complaintId,
            @Schema(description = "When the remedy says the reassessment is due; absent on assessments opened before "
                    + "Redress required remedies to say", nullable = true, examples = "2026-12-23") LocalDate remedyDueDate) {

        static RemedyView of(RemedyLink link) {
            return new RemedyView(link.remedyCaseId(), link.remedyReference(), link.actionId(), link.complaintId(),
                    link.remedyDueDate());
        }
    }

    /** The assessment as it stands on {@code today}, at the version it was read at. */
    public static AssessmentView of(Assessment assessment, LocalDate today, long version) {
        return new AssessmentView(assessment.id(), assessment.reference().toString(), assessment.childRef(),
                assessment.carerRef().orElse(null), assessment.type(), assessment.startDate(),
                ClockView.of(assessment.clock().snapshotOn(today)),
                assessment.remedy().map(RemedyView::of).orElse(null), assessment.referralId().orElse(null),
                assessment.disabledChild(), work(assessment).team(), work(assessment).conditions(),
                work(assessment).assessors().stream().map(AssessorView::of).toList(),
                work(assessment).needs().stream().map(NeedView::of).toList(), work(assessment).s2(),
                work(assessment).carers().stream().map(CarerView::of).toList(),
                work(assessment).flags().stream().map(FlagView::of).toList(), work(assessment).timeline().stream().map(TimelineView::of).toList(),
                work(assessment).provisions().stream().map(ProvisionView::of).toList(),
                work(assessment).completedOn().orElse(null),
                work(assessment).plan().map(plan -> PlanView.of(plan, today)).orElse(null), version);
    }

    private static AssessmentWork work(Assessment assessment) {
        return assessment.work();
    }
}
