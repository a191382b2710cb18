package org.redress.assessments.referrals.domain;

/**
 * The decision on the type of response a referral needs (Working Together to Safeguard Children
 * 2023, chapter 3): due within one working day of receipt.
 */
public enum ReferralDecision {
    NO_FURTHER_ACTION,
    /** Early help for lower-level needs: opens an early help assessment. */
    EARLY_HELP,
    /** A child in need assessment under Children Act 1989 s17: opens the assessment. */
    S17_ASSESSMENT,
    /** A strategy discussion and enquiry under Children Act 1989 s47. */
    S47_ENQUIRY;

    /**
     * Whether the decision opens an assessment: s17 a child in need assessment, early help an early
     * help assessment (Working Together 2023: early help starts with an assessment of the family's
     * needs). No further action opens nothing, and a s47 enquiry is not an assessment kept here.
     */
    public boolean opensAssessment() {
        return this == S17_ASSESSMENT || this == EARLY_HELP;
    }
}
