package org.redress.assessments.referrals.domain;

/**
 * The decision on the type of response a referral needs (Working Together to Safeguard Children
 * 2023, chapter 3): due within one working day of receipt.
 */
public enum ReferralDecision {
    NO_FURTHER_ACTION,
    EARLY_HELP,
    /** A child in need assessment under Children Act 1989 s17: opens the assessment. */
    S17_ASSESSMENT,
    /** A strategy discussion and enquiry under Children Act 1989 s47. */
    S47_ENQUIRY
}
