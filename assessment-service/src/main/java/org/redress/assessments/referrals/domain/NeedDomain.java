package org.redress.assessments.referrals.domain;

/**
 * The domains of a child's and family's needs, from the three sides of the Assessment Framework
 * (Framework for the Assessment of Children in Need and their Families, 2000, kept by Working
 * Together to Safeguard Children 2023): the child's developmental needs, parenting capacity, and
 * family and environmental factors. Codes, so that events and reports never carry narrative.
 */
public enum NeedDomain {
    // the child's developmental needs
    HEALTH,
    EDUCATION,
    EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT,
    IDENTITY,
    FAMILY_AND_SOCIAL_RELATIONSHIPS,
    SOCIAL_PRESENTATION,
    SELF_CARE_SKILLS,
    // parenting capacity
    BASIC_CARE,
    ENSURING_SAFETY,
    EMOTIONAL_WARMTH,
    STIMULATION,
    GUIDANCE_AND_BOUNDARIES,
    STABILITY,
    // family and environmental factors
    FAMILY_HISTORY_AND_FUNCTIONING,
    WIDER_FAMILY,
    HOUSING,
    EMPLOYMENT,
    INCOME,
    FAMILY_SOCIAL_INTEGRATION,
    COMMUNITY_RESOURCES
}
