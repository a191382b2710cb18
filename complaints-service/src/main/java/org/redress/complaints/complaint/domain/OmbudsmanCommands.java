package org.redress.complaints.complaint.domain;

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
        LocalDate councilAnswered = afterStageThree ? complaint.stageThree.response().decidedOn()
                : complaint.stageTwo.adjudication().decidedOn();
        if (decisionDate.isBefore(councilAnswered)) {
            throw new RuleViolation("ombudsman.decided-before-council-answer", ProblemKind.UNPROCESSABLE,
                    "decisionDate", "the Ombudsman considers the council's final answer, given on " + councilAnswered);
        }
        complaint.ombudsman = new OmbudsmanDecision(ombudsmanReference, earlyReferral, decisionDate, finding,
                formalReport, actions, formalReport ? CalendarPeriod.THREE_MONTHS.dueFrom(decisionDate) : null);
        Change change = complaint.announce().decided("OMBUDSMAN", new StageDecision(decisionDate, List.of(), actions,
                null), "ombudsman.decided");
        return earlyReferral && !afterStageThree && !earlyReferralConditionsMet(complaint.stageTwo.adjudication())
                ? complaint.raise(change, Flag.EARLY_REFERRAL_CONDITIONS_NOT_MET, today,
                        "early referral although stage 2 upheld no point or agreed no action plan")
                : change;
    }

    /**
     * The Ombudsman takes an early referral when stage 2 upheld all or the significant points and
     * the council agreed most desired outcomes with a clear action plan. Which points are significant
     * is a judgment, so the check is the floor: some point upheld (fully or partly) and some action
     * agreed; below it the referral is recorded, as the Ombudsman's decision stands, and flagged.
     */
    private static boolean earlyReferralConditionsMet(StageDecision adjudication) {
        boolean upheld = adjudication.findings().stream()
                .anyMatch(f -> f.finding() == Finding.UPHELD || f.finding() == Finding.PARTLY_UPHELD);
        return upheld && !adjudication.actions().isEmpty();
    }
}
