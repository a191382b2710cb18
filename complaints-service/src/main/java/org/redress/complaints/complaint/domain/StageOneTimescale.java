package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Stage 1 (local resolution) runs from the day the complaint is received: a response within
 * 10 working days, extendable to at most 20 (Regs 2006 reg 14; Getting the Best from
 * Complaints 3.3).
 */
public final class StageOneTimescale {

    public static final int WORKING_DAYS = 10;
    public static final int MAXIMUM_WORKING_DAYS = 20;

    private StageOneTimescale() {
    }

    public static StatutoryClock startOn(WorkingDayCalendar calendar, LocalDate receivedDate) {
        return StatutoryClock.start(calendar, receivedDate, WORKING_DAYS, MAXIMUM_WORKING_DAYS);
    }
}
