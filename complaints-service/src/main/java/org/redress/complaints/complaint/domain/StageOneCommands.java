package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;

/**
 * Stage 1 (local resolution) commands (Regs 2006 reg 14): a response within 10 working days,
 * extendable once to at most 20 with the complainant told. Nothing of stage 1 happens before a
 * sufficient-interest complainant's standing is decided, nor before a late complaint is accepted.
 */
public final class StageOneCommands {

    private final Complaint complaint;

    StageOneCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    /** Extends stage 1 as {@link #extend(int, String, LocalDate, LocalDate, LocalDate)}, decided today. */
    public Change extend(int workingDays, String reason, LocalDate complainantToldOn, LocalDate today) {
        return extend(workingDays, reason, complainantToldOn, null, today);
    }

    /**
     * Extends stage 1, once, to at most 20 working days, with the complainant told (Regs 2006 reg 14(2)), decided
     * on {@code decidedOn} (today when null): not before the complaint was received, not after today.
     */
    public Change extend(int workingDays, String reason, LocalDate complainantToldOn, LocalDate decidedOn,
            LocalDate today) {
        LocalDate decided = decidedOn == null ? today : decidedOn;
        requireStandingDecided("extend stage 1");
        complaint.state.require("extend stage 1", ComplaintState.STAGE_1_OPEN);
        if (complaint.stageOneExtension != null) {
            throw new RuleViolation("stage-one.already-extended", ProblemKind.CONFLICT,
                    "stage 1 may be extended once; it was extended to " + complaint.stageOneExtension.workingDays());
        }
        complaint.requireHappened(complainantToldOn, today, "complainantToldOn");
        complaint.requireHappened(decided, today, "decidedOn");
        complaint.clocks.put(ClockKind.STAGE_1, complaint.clock(ClockKind.STAGE_1).extend(workingDays, reason));
        complaint.stageOneExtension = new StageOneExtension(workingDays, reason, complainantToldOn, decided);
        return Change.noted("stage-1.extended", decided, "to " + workingDays + " working days: " + reason);
    }

    /**
     * Records the stage 1 response: a finding per point (fault accepted is never NOT_UPHELD), the
     * actions agreed, which go to remedy-service, and any recommendations accepted or rejected with
     * reasons (kept as at stage 2: the complainant is owed the reasons for a rejection at every stage).
     * Stops the stage 1 clock, MET or MISSED; a response recorded after the due date announces the
     * breach if the sweep did not.
     */
    public Change respond(LocalDate respondedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
            List<RecommendationDecision> recommendations, LocalDate today) {
        requireStandingDecided("respond at stage 1");
        complaint.state.require("respond at stage 1", ComplaintState.STAGE_1_OPEN);
        requireOutOfTimeDecided();
        complaint.requireNotOnHold("respond at stage 1");
        complaint.requireHappened(respondedOn, today, "decidedOn");
        StageDecision.requireEveryPoint(findings, complaint.points().size());
        ClockState result = complaint.stopClock(ClockKind.STAGE_1, respondedOn, today);
        complaint.stageOneResponse = new StageDecision(respondedOn, findings, actions, result, recommendations, null);
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_1_RESPONDED);
        return complaint.announceBreachesFound(
                complaint.announce().decided("STAGE_1", complaint.stageOneResponse, "stage-1.responded"));
    }

    private void requireStandingDecided(String action) {
        if (complaint.state == ComplaintState.AWAITING_STANDING_DECISION) {
            throw new RuleViolation("standing.undecided", ProblemKind.CONFLICT, "cannot " + action
                    + ": the complainant relies on sufficient interest and the council has not decided their standing");
        }
    }

    private void requireOutOfTimeDecided() {
        if (OutOfTimeDecision.needed(complaint.details()) && complaint.outOfTime == null) {
            throw new RuleViolation("intake.out-of-time-undecided", ProblemKind.CONFLICT,
                    "the complaint was made more than 12 months after the matter arose: record the accept/refuse decision first");
        }
    }
}
