package org.redress.assessments.reassessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.redress.contracts.Bounds;
import org.redress.assessments.reassessments.domain.AssessmentType;
import org.redress.assessments.reassessments.domain.CaringFamilyMember;
import org.redress.assessments.reassessments.domain.Csdpa2Category;
import org.redress.assessments.reassessments.domain.Need;
import org.redress.assessments.reassessments.domain.NeedArea;
import org.redress.assessments.reassessments.domain.Provision;
import org.redress.assessments.reassessments.domain.Team;
import org.redress.assessments.reassessments.domain.WayMet;
import org.redress.servicekit.validation.CaseDate;
import org.redress.servicekit.validation.HappenedOn;

/**
 * The request bodies of the assessment operations. Every value is bounded here, once, by the shared
 * {@link Bounds}: the bounds appear in the OpenAPI document and a value outside them is a 400 naming the
 * field before it can reach a figure, a stored record or an event another service consumes.
 */
public final class AssessmentRequests {

    /** A short code or reference from a council system: letters, digits and dashes. */
    static final String REFERENCE = "[A-Za-z0-9-]{1," + Bounds.MAX_REFERENCE_LENGTH + "}";
    /** A staff identifier: also dots and underscores, as directory accounts have them. */
    static final String STAFF_ID = "[A-Za-z0-9._-]{1," + Bounds.MAX_REFERENCE_LENGTH + "}";

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
                    examples = "[\"NAMED_CONTACT_FOR_FAMILY\"]")
            List<@NotBlank @Size(max = Bounds.MAX_REFERENCE_LENGTH) String> conditions) {
    }

    @Schema(name = "AssignAssessorRequest", description = "A social worker assigned from today")
    public record Assign(
            @NotNull @Pattern(regexp = STAFF_ID, message = "must be a staff identifier of 1 to 64 letters, digits, dots, "
                    + "underscores or dashes") @Schema(description = "Staff identifier", examples = "sw-0147", required = true)
            String assessor) {
    }

    @Schema(name = "RecordNeedRequest", description = "One need the assessment found")
    public record RecordNeed(
            @NotNull @Pattern(regexp = REFERENCE) @Schema(description = "Short code, unique in the assessment",
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
            @Pattern(regexp = REFERENCE) @Schema(description = "Their carer's assessment, if they have one", nullable = true,
                    examples = "ASM-2026-000050-1") String carerAssessmentRef) {
    }

    @Schema(name = "StartProvisionRequest",
            description = "Support that started for a need: a weekly amount, or hours a week at an hourly rate")
    public record StartProvision(
            @NotNull @Pattern(regexp = REFERENCE) @Schema(examples = "N1", required = true) String needCode,
            @NotNull @Schema(examples = "DIRECT_PAYMENT", required = true) Provision.Kind kind,
            @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "Pence a week", examples = "12000") Long weeklyAmountPence,
            // quarter hours are the finest a plan agrees; two decimals keep the product with the rate exact
            @DecimalMin("0.25") @DecimalMax("" + Bounds.MAX_HOURS_PER_WEEK) @Digits(integer = 3, fraction = 2)
            @Schema(description = "Hours a week (with hourlyRatePence), to two decimals", examples = "6") BigDecimal hoursPerWeek,
            @Min(1) @Max(Bounds.MAX_AMOUNT_PENCE) @Schema(description = "Pence an hour (with hoursPerWeek)", examples = "1850")
            Long hourlyRatePence,
            @NotNull @CaseDate @Schema(description = "When it should have started",
                    examples = "2026-10-01", required = true) LocalDate shouldHaveStarted,
            @NotNull @HappenedOn @Schema(description = "When it started, not in the future", examples = "2026-11-05",
                    required = true) LocalDate startedOn) {

        Provision toProvision() {
            long weekly = weeklyAmountPence != null ? weeklyAmountPence
                    : hoursPerWeek != null && hourlyRatePence != null ? Provision.weekly(hoursPerWeek, hourlyRatePence) : 0;
            return new Provision(UUID.randomUUID(), needCode, kind, weekly, shouldHaveStarted, startedOn);
        }
    }

    @Schema(name = "StartChildInNeedPlanRequest", description = "The start of the child in need plan")
    public record StartPlan(
            @NotNull @HappenedOn @Schema(description = "Between the assessment's start and today", examples = "2026-11-25",
                    required = true) LocalDate startDate) {
    }

    @Schema(name = "ReviewChildInNeedPlanRequest", description = "A review of the child in need plan that was held")
    public record ReviewPlan(
            @NotNull @HappenedOn @Schema(description = "The day it was held, not in the future", examples = "2026-11-20",
                    required = true) LocalDate reviewedOn) {
    }
}
