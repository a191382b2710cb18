package org.redress.assessments.referrals.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Opens the child in need assessment a referral decision asked for. A port: the referral does not
 * know how assessments are kept, and the assessment feature (downstream of referrals) implements it.
 */
public interface AssessmentStarter {

    /**
     * Opens a child in need assessment whose 45-working-day clock runs from the referral's
     * received date, and returns its id.
     */
    UUID startChildInNeedAssessment(ReferralForAssessment referral, LocalDate today);

    /** What the assessment needs to know about the referral that asked for it. */
    record ReferralForAssessment(UUID referralId, String childRef, LocalDate receivedDate, boolean disabledChild) {
    }
}
