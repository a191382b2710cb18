package org.redress.assessments.assessment.domain;

/** Which service carries out an assessment. */
public enum Team {
    CHILDRENS_SOCIAL_CARE,
    ADULT_SOCIAL_CARE
}
