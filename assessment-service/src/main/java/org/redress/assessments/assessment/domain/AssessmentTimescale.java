package org.redress.assessments.assessment.domain;

import java.time.LocalDate;

import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * An assessment is completed within 45 working days of the referral (Working Together to
 * Safeguard Children 2023: the maximum timeframe for an assessment under the Children Act 1989).
 * For a reassessment asked for by a remedy, the request is the referral: the clock starts the
 * day the council opens it.
 */
public final class AssessmentTimescale {

    public static final int WORKING_DAYS = 45;

    private AssessmentTimescale() {
    }

    public static StatutoryClock startOn(WorkingDayCalendar calendar, LocalDate start) {
        return StatutoryClock.start(calendar, start, WORKING_DAYS);
    }
}
