package org.redress.assessments.assessment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What an assessment must have before it is completed, and what completion prompts (DOMAIN §3).
 * Refused: a disabled child's child in need assessment that has not considered every CSDPA 1970
 * s2 category. Every eligible need already has a way it is met or NOT_MET ({@link Need}), so an
 * unmet eligible need becomes an open unmet need rather than disappearing. Prompted: a carer's
 * assessment for each family member recorded with a caring role and none of their own, and a
 * parent carer assessment when the parents' need for a break is recorded but no parent carer is.
 */
final class CompletionPolicy {

    private CompletionPolicy() {
    }

    static void check(Assessment assessment) {
        if (assessment.disabledChild() && assessment.type() == AssessmentType.CHILD_IN_NEED) {
            List<Csdpa2Category> missing = Arrays.stream(Csdpa2Category.values())
                    .filter(category -> !assessment.work().s2.containsKey(category))
                    .toList();
            if (!missing.isEmpty()) {
                throw new RuleViolation("assessment.csdpa-s2-not-considered", ProblemKind.UNPROCESSABLE, "csdpaS2",
                        "a disabled child's assessment must record every CSDPA 1970 s2 category as considered; "
                                + "missing: " + missing);
            }
        }
    }

    /**
     * The whole family is assessed (DOMAIN §3): a carer without a carer's assessment prompts one
     * (s17ZA, s17ZD). A parent carer's exhaustion, recorded as a need for a break in the child's
     * assessment (however it was recorded: {@link InHomeShortBreaksPolicy}), is the "appearance of
     * need" of s17ZD(2): when no parent carer with or without an assessment of their own is recorded,
     * it prompts a parent carer assessment too, so a parent's exhaustion is never left with the
     * child's file alone (LGSCO: the exhausted parent).
     */
    static List<CaringFamilyMember> carersToPrompt(List<CaringFamilyMember> carers, Collection<Need> needs) {
        List<CaringFamilyMember> prompts = new ArrayList<>(carers.stream()
                .filter(carer -> carer.carerAssessmentRef() == null || carer.carerAssessmentRef().isBlank())
                .toList());
        boolean parentCarerRecorded = carers.stream()
                .anyMatch(carer -> carer.assessmentDue() == AssessmentType.PARENT_CARER);
        boolean parentNeedsABreak = needs.stream().anyMatch(Need::carersNeedForABreak);
        if (parentNeedsABreak && !parentCarerRecorded) {
            prompts.add(new CaringFamilyMember(CaringFamilyMember.Relationship.PARENT, null));
        }
        return List.copyOf(prompts);
    }
}
