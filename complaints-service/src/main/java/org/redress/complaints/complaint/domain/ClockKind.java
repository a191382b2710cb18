package org.redress.complaints.complaint.domain;

/** The statutory clocks a complaint can run, each breached at most once. */
public enum ClockKind {
    /**
     * A sufficient-interest complainant's standing, decided "as soon as possible" (DOMAIN §2): a
     * council setting, default 5 working days from receipt, so that an undecided one is flagged.
     */
    STANDING_DECISION,
    /** Regs 2006 reg 14: stage 1 response, 10 working days extendable to 20. */
    STAGE_1,
    /** Request to agreed statement of complaint (a setting, default 10 working days): a request must be progressed. */
    STAGE_2_PROGRESSION,
    /** Regs 2006 reg 17: stage 2 investigation and adjudication, 25 working days extendable to 65. */
    STAGE_2,
    /** Regs 2006 reg 20: the review panel meets within 30 working days of the request. */
    STAGE_3_PANEL,
    /** Regs 2006 reg 20: the panel's report within 5 working days of meeting. */
    STAGE_3_REPORT,
    /** Regs 2006 reg 21: the council's response within 15 working days of the report. */
    STAGE_3_RESPONSE
}
