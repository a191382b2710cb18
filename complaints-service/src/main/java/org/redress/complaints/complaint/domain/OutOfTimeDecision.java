package org.redress.complaints.complaint.domain;

import java.time.LocalDate;

/**
 * The decision on a complaint made more than 12 months after the matter arose: accepted when it
 * was not reasonable to complain sooner and a fair investigation is still possible (Regs 2006
 * reg 9), with the reason either way.
 */
public record OutOfTimeDecision(boolean accepted, String reason, LocalDate decidedOn) {

    /** Regs 2006 reg 9(1): 12 months from the matter arising. */
    public static boolean needed(NewComplaint details) {
        return details.matterArose() != null && details.matterArose().plusMonths(12).isBefore(details.receivedDate());
    }
}
