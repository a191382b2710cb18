package org.redress.assessments.assessment.domain;

/**
 * A family member recorded with a caring role. The whole family is assessed (DOMAIN §3): a carer
 * without a carer's assessment prompts one (s17ZA for a young carer, s17ZD for a parent carer).
 *
 * @param relationship       who they are to the child
 * @param carerAssessmentRef the reference of their carer's assessment, or {@code null} if none
 */
public record CaringFamilyMember(Relationship relationship, String carerAssessmentRef) {

    /** Who the carer is to the child. */
    public enum Relationship {
        PARENT, SIBLING, OTHER_CHILD_IN_HOUSEHOLD, OTHER_ADULT
    }

    /** The carer's assessment this family member should be offered. */
    public AssessmentType assessmentDue() {
        return switch (relationship) {
            case SIBLING, OTHER_CHILD_IN_HOUSEHOLD -> AssessmentType.YOUNG_CARER;
            case PARENT, OTHER_ADULT -> AssessmentType.PARENT_CARER;
        };
    }
}
