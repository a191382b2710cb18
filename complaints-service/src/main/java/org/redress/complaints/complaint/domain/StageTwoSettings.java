package org.redress.complaints.complaint.domain;

/**
 * How a council runs its stage 2 clocks. The statutory guidance starts the 25/65 working day
 * clock when the statement of complaint is agreed; some councils and Ombudsman decisions count
 * from the request. The progression clock (request to agreed statement) makes an unprogressed
 * request visible.
 */
public record StageTwoSettings(StartPoint startPoint, int progressionWorkingDays) {

    /** Where the 25/65 working day clock starts. */
    public enum StartPoint {
        STATEMENT_AGREED, REQUEST
    }

    public static final int WORKING_DAYS = 25;
    public static final int MAXIMUM_WORKING_DAYS = 65;
    /** Regs 2006 reg 18: the complainant may ask for stage 2 within 20 working days of the response. */
    public static final int REQUEST_WINDOW_WORKING_DAYS = 20;

    public static StageTwoSettings defaults() {
        return new StageTwoSettings(StartPoint.STATEMENT_AGREED, 10);
    }
}
