package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * The clocks a complaint can start with: stage 1 (Regs 2006 reg 14), or, when the complainant's
 * standing rests on sufficient interest, the standing decision. The regulations say only "as soon
 * as possible" for that decision, so its working days are a council setting (default 5).
 */
public record IntakeTimescales(WorkingDayCalendar calendar, int standingDecisionWorkingDays) {

    public static final int DEFAULT_STANDING_DECISION_WORKING_DAYS = 5;

    public IntakeTimescales {
        if (standingDecisionWorkingDays < 1) {
            throw new IllegalArgumentException("the standing decision needs at least 1 working day");
        }
    }

    public static IntakeTimescales defaults(WorkingDayCalendar calendar) {
        return new IntakeTimescales(calendar, DEFAULT_STANDING_DECISION_WORKING_DAYS);
    }

    public StatutoryClock stageOneFrom(LocalDate dayZero) {
        return StageOneTimescale.startOn(calendar, dayZero);
    }

    public StatutoryClock standingDecisionFrom(LocalDate receivedDate) {
        return StatutoryClock.start(calendar, receivedDate, standingDecisionWorkingDays);
    }
}
