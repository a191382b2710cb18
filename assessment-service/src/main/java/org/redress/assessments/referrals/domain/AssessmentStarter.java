package org.redress.assessments.referrals.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Opens the assessment a referral decision asked for. A port: the referral does not know how
 * assessments are kept, and the assessment feature (downstream of referrals) implements it.
 */
public interface AssessmentStarter {

    /**
     * Opens the assessment the referral's decision asks for (a child in need assessment for s17,
     * an early help assessment for early help), whose clock runs from the referral's received
     * date, and returns its id.
     */
    UUID startAssessment(ReferralForAssessment referral, LocalDate today);

    /** What the assessment needs to know about the referral that asked for it, and the decision. */
    record ReferralForAssessment(UUID referralId, String childRef, LocalDate receivedDate, boolean disabledChild,
            ReferralDecision decision) {
    }
}
