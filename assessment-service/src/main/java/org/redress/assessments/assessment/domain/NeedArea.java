package org.redress.assessments.assessment.domain;

/**
 * Where a need lies: the three sides of the Assessment Framework (the child's developmental needs,
 * parenting capacity, family and environmental factors; Working Together 2023) plus a carer's own
 * needs, which parent carer (Children Act 1989 s17ZD) and young carer (s17ZA) assessments look at.
 */
public enum NeedArea {
    // the child's developmental needs
    HEALTH, EDUCATION, EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT, IDENTITY, FAMILY_AND_SOCIAL_RELATIONSHIPS,
    SOCIAL_PRESENTATION, SELF_CARE_SKILLS,
    // parenting capacity
    BASIC_CARE, ENSURING_SAFETY, EMOTIONAL_WARMTH, STIMULATION, GUIDANCE_AND_BOUNDARIES, STABILITY,
    // family and environmental factors
    FAMILY_HISTORY_AND_FUNCTIONING, WIDER_FAMILY, HOUSING, EMPLOYMENT, INCOME, FAMILY_SOCIAL_INTEGRATION,
    COMMUNITY_RESOURCES,
    // the carer's own needs (s17ZD(9), s17ZA(8): well-being, a break, work, education and leisure)
    CARER_BREAK, CARER_WELLBEING, CARER_WORK_EDUCATION_LEISURE;

    /**
     * The area of a carer's need for a break; such a need may be recorded in other areas too, and the rule that
     * in-home short breaks be considered follows it there ({@link InHomeShortBreaksPolicy}).
     */
    public boolean isCarerBreak() {
        return this == CARER_BREAK;
    }
}
