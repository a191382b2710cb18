package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Stage 2 (investigation) commands on a complaint (Regs 2006 regs 17-19; Getting the Best from
 * Complaints ch. 3). A request must be progressed: it opens stage 2 at once with its progression
 * clock, and failing to agree a statement of complaint is never a reason to close.
 */
public final class StageTwoCommands {

    private final Complaint complaint;

    StageTwoCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Opens stage 2 on the complainant's request. A request more than 20 working days after the
     * stage 1 response is accepted only with a reason, and flagged.
     */
    public Change request(LocalDate requestedOn, String lateReason, StageTwoSettings settings,
            WorkingDayCalendar calendar, LocalDate today) {
        complaint.state.require("request stage 2", ComplaintState.STAGE_1_RESPONDED);
        Dates.notInFuture(requestedOn, today, "requestedOn");
        LocalDate respondedOn = complaint.stageOneResponse.decidedOn();
        if (requestedOn.isBefore(respondedOn)) {
            throw new RuleViolation("stage-two.request-before-stage-one-response", ProblemKind.UNPROCESSABLE,
                    "requestedOn", "stage 1 was answered on " + respondedOn);
        }
        boolean late = calendar.workingDaysBetween(respondedOn, requestedOn) > StageTwoSettings.REQUEST_WINDOW_WORKING_DAYS;
        boolean reasoned = lateReason != null && !lateReason.isBlank();
        if (late && !reasoned) {
            throw new RuleViolation("stage-two.late-request-without-reason", ProblemKind.UNPROCESSABLE, "lateReason",
                    "the request came more than 20 working days after the stage 1 response of " + respondedOn
                            + ": accept it with a reason");
        }
        complaint.stageTwo = StageTwo.requested(requestedOn, late ? lateReason : null);
        complaint.clocks.put(ClockKind.STAGE_2_PROGRESSION,
                StatutoryClock.start(calendar, requestedOn, settings.progressionWorkingDays()));
        if (settings.startPoint() == StageTwoSettings.StartPoint.REQUEST) {
            startInvestigationClock(calendar, requestedOn);
        }
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_2_REQUESTED);
        Change change = Change.noted("stage-2.requested", requestedOn, "requested on " + requestedOn)
                .with(complaint.announce().stageOpened("STAGE_2", requestedOn, ClockKind.STAGE_2_PROGRESSION));
        return late ? complaint.raise(change, Flag.STAGE_2_REQUESTED_LATE, today,
                "stage 2 requested more than 20 working days after the stage 1 response") : change;
    }

    /**
     * The investigating officer and the complainant agreed the statement of complaint: the
     * progression clock stops and, by default, the 25/65 working day clock starts.
     */
    public Change agreeStatement(LocalDate agreedOn, String agreedBy, StageTwoSettings settings,
            WorkingDayCalendar calendar, LocalDate today) {
        complaint.state.require("agree the statement of complaint", ComplaintState.STAGE_2_REQUESTED);
        complaint.requireNotOnHold("agree the statement of complaint");
        Dates.notInFuture(agreedOn, today, "agreedOn");
        if (agreedOn.isBefore(complaint.stageTwo.requestedOn())) {
            throw new RuleViolation("stage-two.statement-before-request", ProblemKind.UNPROCESSABLE, "agreedOn",
                    "stage 2 was requested on " + complaint.stageTwo.requestedOn());
        }
        ClockState progression = complaint.stopClock(ClockKind.STAGE_2_PROGRESSION, agreedOn, today);
        complaint.stageTwo = complaint.stageTwo.statementAgreed(agreedOn, agreedBy);
        if (settings.startPoint() == StageTwoSettings.StartPoint.STATEMENT_AGREED) {
            startInvestigationClock(calendar, agreedOn);
        }
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_2_INVESTIGATING);
        return complaint.announceBreachesFound(Change.noted("stage-2.statement-agreed", agreedOn,
                "agreed on " + agreedOn + " by " + agreedBy + ", " + TimelineNote.timescale(progression)
                        + " from the request"));
    }

    /**
     * The adjudicating officer's decision: a finding per point, the investigation's recommendations
     * accepted or rejected with reasons, and the actions agreed (sent to remedy-service). Stops the
     * 25/65 working day clock. Without the day the complainant was told of the right to stage 3, flagged.
     */
    public Change adjudicate(LocalDate decidedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
            List<RecommendationDecision> recommendations, LocalDate rightToStageThreeToldOn, LocalDate today) {
        complaint.state.require("adjudicate stage 2", ComplaintState.STAGE_2_INVESTIGATING);
        complaint.requireNotOnHold("adjudicate stage 2");
        Dates.notInFuture(decidedOn, today, "decidedOn");
        StageTwoInvestigation.requireReports(complaint.stageTwo, decidedOn);
        StageDecision.requireEveryPoint(findings, complaint.points().size());
        ClockState result = complaint.stopClock(ClockKind.STAGE_2, decidedOn, today);
        StageDecision decision = new StageDecision(decidedOn, findings, actions, result, recommendations,
                rightToStageThreeToldOn);
        complaint.stageTwo = complaint.stageTwo.adjudicated(decision);
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_2_ADJUDICATED);
        return complaint.announceBreachesFound(decision.flagUnlessNextStepTold(complaint, complaint.announce()
                .decided("STAGE_2", decision, "stage-2.adjudicated"), Flag.RIGHT_TO_STAGE_3_NOT_TOLD,
                "the right to a review panel (stage 3)", today));
    }

    /** Appointments, extension and reports. */
    public StageTwoInvestigation investigation() {
        return new StageTwoInvestigation(complaint);
    }

    private void startInvestigationClock(WorkingDayCalendar calendar, LocalDate on) {
        complaint.clocks.put(ClockKind.STAGE_2, StatutoryClock.start(calendar, on, StageTwoSettings.WORKING_DAYS,
                StageTwoSettings.MAXIMUM_WORKING_DAYS));
    }
}
