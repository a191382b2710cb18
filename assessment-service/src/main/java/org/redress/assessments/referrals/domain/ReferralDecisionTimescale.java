package org.redress.assessments.referrals.domain;

import java.time.LocalDate;

import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The decision on the type of response a referral needs (no further action, early help, a
 * child in need assessment, a strategy discussion) is due within one working day of receipt
 * (Working Together to Safeguard Children 2023). It cannot be extended.
 */
public final class ReferralDecisionTimescale {

    public static final int WORKING_DAYS = 1;

    private ReferralDecisionTimescale() {
    }

    public static StatutoryClock startOn(WorkingDayCalendar calendar, LocalDate receivedDate) {
        return StatutoryClock.start(calendar, receivedDate, WORKING_DAYS);
    }
}
