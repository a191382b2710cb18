package org.redress.assessments.assessment.domain;

/** The kinds of assessment a council carries out for children and their carers. */
public enum AssessmentType {
    /** Children Act 1989 s17; for a disabled child it must consider CSDPA 1970 s2 services. */
    CHILD_IN_NEED,
    /** Children Act 1989 s17ZD: on the appearance of need or on request. */
    PARENT_CARER,
    /** Children Act 1989 s17ZA: on the appearance of need or on request. */
    YOUNG_CARER,
    /** Early help for lower-level needs (Working Together to Safeguard Children 2023). */
    EARLY_HELP
}
