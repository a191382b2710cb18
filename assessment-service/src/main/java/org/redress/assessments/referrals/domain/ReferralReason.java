package org.redress.assessments.referrals.domain;

/**
 * Why a child was referred, as the primary need codes of the DfE Children in Need census (N1 to
 * N9), so that reports and events carry a code and never narrative.
 */
public enum ReferralReason {
    /** N1 */
    ABUSE_OR_NEGLECT,
    /** N2 */
    CHILD_DISABILITY_OR_ILLNESS,
    /** N3 */
    PARENT_DISABILITY_OR_ILLNESS,
    /** N4 */
    FAMILY_IN_ACUTE_STRESS,
    /** N5 */
    FAMILY_DYSFUNCTION,
    /** N6 */
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR,
    /** N7 */
    LOW_INCOME,
    /** N8 */
    ABSENT_PARENTING,
    /** N9 */
    CASES_OTHER_THAN_CHILDREN_IN_NEED,
    /** Not given by the referrer. */
    NOT_STATED
}
