package org.redress.complaints.intake.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;

/**
 * The Ombudsman's decision on a complaint (DOMAIN §2): after stage 3, or as an early referral once
 * stage 2 is adjudicated. Its agreed actions go to remedy-service (source OMBUDSMAN); after a
 * formal report the council must tell the Ombudsman within 3 months what it has done.
 */
public final class OmbudsmanCommands {

    private final Complaint complaint;

    OmbudsmanCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    public Change record(String ombudsmanReference, boolean earlyReferral, LocalDate decisionDate,
            OmbudsmanDecision.Finding finding, boolean formalReport, List<AgreedActionTerm> actions, LocalDate today) {
        ComplaintState state = complaint.state;
        boolean afterStageThree = state == ComplaintState.STAGE_3_RESPONDED
                || (state == ComplaintState.CLOSED && complaint.stageThree != null
                        && complaint.stageThree.response() != null);
        boolean earlyAfterStageTwo = earlyReferral && complaint.stageTwo != null
                && complaint.stageTwo.adjudication() != null;
        if (!afterStageThree && !earlyAfterStageTwo) {
            throw new RuleViolation("ombudsman.procedure-not-exhausted", ProblemKind.CONFLICT,
                    "the Ombudsman considers a complaint after stage 3, or as an early referral after the stage 2 adjudication");
        }
        if (complaint.ombudsman != null) {
            throw new RuleViolation("ombudsman.already-recorded", ProblemKind.CONFLICT,
                    "the Ombudsman's decision " + complaint.ombudsman.reference() + " is already recorded");
        }
        Dates.notInFuture(decisionDate, today, "decisionDate");
        complaint.ombudsman = new OmbudsmanDecision(ombudsmanReference, earlyReferral, decisionDate, finding,
                formalReport, actions, formalReport ? CalendarPeriod.THREE_MONTHS.dueFrom(decisionDate) : null);
        return complaint.announce().decided("OMBUDSMAN", new StageDecision(decisionDate, List.of(), actions, null),
                "ombudsman.decided");
    }
}
