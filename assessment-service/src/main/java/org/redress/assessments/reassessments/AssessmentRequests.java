package org.redress.assessments.reassessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.assessments.reassessments.domain.AssessmentType;
import org.redress.assessments.reassessments.domain.CaringFamilyMember;
import org.redress.assessments.reassessments.domain.Csdpa2Category;
import org.redress.assessments.reassessments.domain.Need;
import org.redress.assessments.reassessments.domain.NeedArea;
import org.redress.assessments.reassessments.domain.Provision;
import org.redress.assessments.reassessments.domain.Team;
import org.redress.assessments.reassessments.domain.WayMet;

/** The request bodies of the assessment operations. */
public final class AssessmentRequests {

    private AssessmentRequests() {
    }

    @Schema(name = "OpenAssessmentRequest", description = "An assessment of a referred child or their carer")
    public record Open(
            @NotNull @Schema(description = "The referral it follows; the clock runs from its received date", required = true,
                    examples = "5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31") UUID referralId,
            @NotNull @Schema(examples = "PARENT_CARER", required = true) AssessmentType assessmentType,
            @Schema(description = "Who carries it out; CHILDRENS_SOCIAL_CARE when not given", examples = "CHILDRENS_SOCIAL_CARE")
            Team team,
            @Size(max = 10) @Schema(description = "Conditions the assessment must respect (e.g. from a remedy)",
                    examples = "[\"NAMED_CONTACT_FOR_FAMILY\"]") List<@NotBlank @Size(max = 64) String> conditions) {
    }

    @Schema(name = "AssignAssessorRequest", description = "A social worker assigned from today")
    public record Assign(
            @NotBlank @Size(max = 64) @Schema(description = "Staff identifier", examples = "sw-0147", required = true)
            String assessor) {
    }

    @Schema(name = "RecordNeedRequest", description = "One need the assessment found")
    public record RecordNeed(
            @NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,64}") @Schema(description = "Short code, unique in the assessment",
                    examples = "N1", required = true) String code,
            @NotNull @Schema(examples = "CARER_BREAK", required = true) NeedArea area,
            @Size(max = 2000) @Schema(examples = "Parents have had no overnight break for two years") String description,
            @NotNull @Schema(required = true, examples = "true") Boolean eligible,
            @Min(0) @Schema(description = "Score against the eligibility criteria", examples = "14") Integer criteriaScore,
            @Schema(description = "Required when eligible", examples = "NOT_MET") WayMet wayMet,
            @Size(max = 2000) @Schema(description = "Required for NOT_MET; must be about the child's needs",
                    examples = "Eligible for overnight short breaks; offered fortnightly") String reason,
            @Schema(description = "For a carer's need for a break: in-home short breaks considered", examples = "true")
            Boolean inHomeShortBreaksConsidered) {

        Need toNeed() {
            return new Need(code, area, description, eligible, criteriaScore, wayMet, reason,
                    Boolean.TRUE.equals(inHomeShortBreaksConsidered));
        }
    }

    @Schema(name = "ConsiderCsdpa2Request", description = "A CSDPA 1970 s2 category considered for a disabled child")
    public record ConsiderCsdpa2(
            @NotNull @Schema(examples = "PRACTICAL_ASSISTANCE_IN_THE_HOME", required = true) Csdpa2Category category,
            @NotNull @Schema(examples = "true", required = true) Boolean needed) {
    }

    @Schema(name = "CompleteAssessmentRequest", description = "Completion, with the family members who care")
    public record Complete(
            @Size(max = 10) @Schema(description = "Family members with a caring role")
            List<@Valid @NotNull Carer> caringFamilyMembers) {

        List<CaringFamilyMember> carers() {
            return caringFamilyMembers == null ? List.of()
                    : caringFamilyMembers.stream().map(c -> new CaringFamilyMember(c.relationship(), c.carerAssessmentRef()))
                            .toList();
        }
    }

    @Schema(name = "CaringFamilyMember", description = "A family member with a caring role")
    public record Carer(
            @NotNull @Schema(examples = "SIBLING", required = true) CaringFamilyMember.Relationship relationship,
            @Size(max = 32) @Schema(description = "Their carer's assessment, if they have one", nullable = true,
                    examples = "ASM-2026-000050-1") String carerAssessmentRef) {
    }

    @Schema(name = "StartProvisionRequest",
            description = "Support that started for a need: a weekly amount, or hours a week at an hourly rate")
    public record StartProvision(
            @NotNull @Schema(examples = "N1", required = true) String needCode,
            @NotNull @Schema(examples = "DIRECT_PAYMENT", required = true) Provision.Kind kind,
            @Min(1) @Schema(description = "Pence a week", examples = "12000") Long weeklyAmountPence,
            @DecimalMin("0.25") @Schema(description = "Hours a week (with hourlyRatePence)", examples = "6") BigDecimal hoursPerWeek,
            @Min(1) @Schema(description = "Pence an hour (with hoursPerWeek)", examples = "1850") Long hourlyRatePence,
            @NotNull @Schema(description = "When it should have started", examples = "2026-10-01", required = true)
            LocalDate shouldHaveStarted,
            @NotNull @Schema(description = "When it started", examples = "2026-11-05", required = true) LocalDate startedOn) {

        Provision toProvision() {
            long weekly = weeklyAmountPence != null ? weeklyAmountPence
                    : hoursPerWeek != null && hourlyRatePence != null ? Provision.weekly(hoursPerWeek, hourlyRatePence) : 0;
            return new Provision(UUID.randomUUID(), needCode, kind, weekly, shouldHaveStarted, startedOn);
        }
    }

    @Schema(name = "StartChildInNeedPlanRequest", description = "The start of the child in need plan")
    public record StartPlan(
            @NotNull @Schema(description = "Between the assessment's start and today", examples = "2026-11-25",
                    required = true) LocalDate startDate) {
    }

    @Schema(name = "ReviewChildInNeedPlanRequest", description = "A review of the child in need plan that was held")
    public record ReviewPlan(
            @NotNull @Schema(description = "The day it was held, not in the future", examples = "2027-02-20",
                    required = true) LocalDate reviewedOn) {
    }
}
