package org.redress.assessments.referrals.domain;

/**
 * Who made the referral. Anyone may refer a child they are worried about (Working Together to
 * Safeguard Children 2023); {@code COMPLAINT_REMEDY} marks a referral the council makes itself
 * because a complaint or the Ombudsman found that a child should be assessed.
 */
public enum ReferrerType {
    PARENT,
    SCHOOL,
    HEALTH,
    POLICE,
    SELF,
    OTHER_PROFESSIONAL,
    COMPLAINT_REMEDY
}
