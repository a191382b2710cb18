package org.redress.assessments.reassessments.domain;

/** Which service carries out an assessment. */
public enum Team {
    CHILDRENS_SOCIAL_CARE,
    ADULT_SOCIAL_CARE
}
