package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.complaints.complaint.domain.OmbudsmanDecision.Route;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;

/**
 * The Ombudsman's decision on a complaint (DOMAIN §2), recorded with how the complaint came to the
 * Ombudsman: after stage 3, as the council's early referral once stage 2 is adjudicated, or taken early
 * because of the council's delay or its wrong procedure, at whatever stage the complaint reached, open or
 * closed (refusing it would hide the council's own fault). Its agreed actions go to remedy-service (source
 * OMBUDSMAN); after a formal report the council must tell the Ombudsman within 3 months what it has done.
 */
public final class OmbudsmanCommands {

    private final Complaint complaint;

    OmbudsmanCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    public Change record(String ombudsmanReference, Route route, LocalDate decisionDate,
            OmbudsmanDecision.Finding finding, boolean formalReport, List<AgreedActionTerm> actions, LocalDate today) {
        if (complaint.ombudsman != null) {
            throw new RuleViolation("ombudsman.already-recorded", ProblemKind.CONFLICT,
                    "the Ombudsman's decision " + complaint.ombudsman.reference() + " is already recorded");
        }
        boolean afterStageThree = answeredAtStageThree();
        switch (route) {
            case AFTER_COUNCIL_PROCEDURE -> requireCouncilAnswer(afterStageThree ? stageThreeResponse() : null,
                    decisionDate, today, "the Ombudsman considers a complaint after stage 3; one taken earlier is an"
                            + " early referral after the stage 2 adjudication, or taken for the council's delay or"
                            + " wrong procedure (route)");
            case EARLY_REFERRAL -> requireCouncilAnswer(afterStageThree ? stageThreeResponse() : adjudication(),
                    decisionDate, today, "an early referral comes after the stage 2 adjudication");
            // the council's own failure: the Ombudsman does not wait for a procedure the council did not run
            case COUNCIL_DELAY, WRONG_PROCEDURE -> complaint.requireHappened(decisionDate, today, "decisionDate");
        }
        complaint.ombudsman = new OmbudsmanDecision(ombudsmanReference, route, decisionDate, finding, formalReport,
                actions, formalReport ? CalendarPeriod.THREE_MONTHS.dueFrom(decisionDate) : null);
        Change change = complaint.announce().ombudsmanDecided();
        boolean earlyReferralBelowConditions = route == Route.EARLY_REFERRAL && !afterStageThree
                && !earlyReferralConditionsMet(complaint.stageTwo.adjudication());
        return earlyReferralBelowConditions
                ? complaint.raise(change, Flag.EARLY_REFERRAL_CONDITIONS_NOT_MET, today,
                        "early referral although stage 2 upheld no point or agreed no action plan")
                : change;
    }

    /**
     * The council's answer the Ombudsman considered, given on {@code councilAnswered}, must be there
     * (otherwise the procedure is not exhausted, as {@code notExhausted} says), and the Ombudsman decides after it.
     */
    private static void requireCouncilAnswer(LocalDate councilAnswered, LocalDate decisionDate, LocalDate today,
            String notExhausted) {
        if (councilAnswered == null) {
            throw new RuleViolation("ombudsman.procedure-not-exhausted", ProblemKind.CONFLICT, notExhausted);
        }
        Dates.notInFuture(decisionDate, today, "decisionDate");
        if (decisionDate.isBefore(councilAnswered)) {
            throw new RuleViolation("ombudsman.decided-before-council-answer", ProblemKind.UNPROCESSABLE,
                    "decisionDate", "the Ombudsman considers the council's final answer, given on " + councilAnswered);
        }
    }

    private boolean answeredAtStageThree() {
        ComplaintState state = complaint.state;
        return state == ComplaintState.STAGE_3_RESPONDED || (state == ComplaintState.CLOSED
                && complaint.stageThree != null && complaint.stageThree.response() != null);
    }

    private LocalDate stageThreeResponse() {
        return complaint.stageThree.response().decidedOn();
    }

    private LocalDate adjudication() {
        return complaint.stageTwo == null || complaint.stageTwo.adjudication() == null ? null
                : complaint.stageTwo.adjudication().decidedOn();
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
