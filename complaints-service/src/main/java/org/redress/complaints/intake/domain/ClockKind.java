package org.redress.complaints.intake.domain;

/** The statutory clocks a complaint can run, each breached at most once. */
public enum ClockKind {
    /** Regs 2006 reg 14: stage 1 response, 10 working days extendable to 20. */
    STAGE_1,
    /** Request to agreed statement of complaint (a setting, default 10 working days): a request must be progressed. */
    STAGE_2_PROGRESSION,
    /** Regs 2006 reg 17: stage 2 investigation and adjudication, 25 working days extendable to 65. */
    STAGE_2
}
