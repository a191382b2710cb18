package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Stage 3 (review panel) commands (Regs 2006 regs 20-21): requested within 20 working days of
 * the adjudication; the panel of three independent people, one chairing and never the stage 2
 * independent person, meets within 30 working days; its report within 5; the council's response
 * within 15 of the report, accepting recommendations with actions or rejecting them with reasons.
 */
public final class StageThreeCommands {

    public static final int REQUEST_WINDOW_WORKING_DAYS = 20;
    public static final int PANEL_WORKING_DAYS = 30;
    public static final int REPORT_WORKING_DAYS = 5;
    public static final int RESPONSE_WORKING_DAYS = 15;

    private final Complaint complaint;

    StageThreeCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    public Change request(LocalDate requestedOn, String lateReason, WorkingDayCalendar calendar, LocalDate today) {
        complaint.state.require("request stage 3", ComplaintState.STAGE_2_ADJUDICATED);
        Dates.notInFuture(requestedOn, today, "requestedOn");
        LocalDate adjudicatedOn = complaint.stageTwo.adjudication().decidedOn();
        if (requestedOn.isBefore(adjudicatedOn)) {
            throw new RuleViolation("stage-three.request-before-adjudication", ProblemKind.UNPROCESSABLE,
                    "requestedOn", "stage 2 was adjudicated on " + adjudicatedOn);
        }
        boolean late = calendar.workingDaysBetween(adjudicatedOn, requestedOn) > REQUEST_WINDOW_WORKING_DAYS;
        if (late && (lateReason == null || lateReason.isBlank())) {
            throw new RuleViolation("stage-three.late-request-without-reason", ProblemKind.UNPROCESSABLE, "lateReason",
                    "the request came more than 20 working days after the adjudication of " + adjudicatedOn
                            + ": accept it with a reason");
        }
        complaint.stageThree = StageThree.requested(requestedOn, late ? lateReason : null);
        complaint.clocks.put(ClockKind.STAGE_3_PANEL, StatutoryClock.start(calendar, requestedOn, PANEL_WORKING_DAYS));
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_3_REQUESTED);
        Change change = Change.noted("stage-3.requested", requestedOn, "requested on " + requestedOn)
                .with(complaint.announce().stageOpened("STAGE_3", requestedOn, ClockKind.STAGE_3_PANEL));
        return late ? complaint.raise(change, Flag.STAGE_3_REQUESTED_LATE, today,
                "stage 3 requested more than 20 working days after the adjudication") : change;
    }

    public Change panelHeld(LocalDate heldOn, List<StageThree.PanelMember> members, WorkingDayCalendar calendar,
            LocalDate today) {
        complaint.state.require("record the review panel", ComplaintState.STAGE_3_REQUESTED);
        complaint.requireNotOnHold("record the review panel");
        Dates.notInFuture(heldOn, today, "heldOn");
        requirePanel(members);
        ClockState result = complaint.stopClock(ClockKind.STAGE_3_PANEL, heldOn, today);
        complaint.stageThree = complaint.stageThree.panelHeld(heldOn, members);
        complaint.clocks.put(ClockKind.STAGE_3_REPORT, StatutoryClock.start(calendar, heldOn, REPORT_WORKING_DAYS));
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_3_PANEL_HELD);
        return complaint.announceBreachesFound(
                Change.noted("stage-3.panel-held", heldOn, "the panel met on " + heldOn + ", "
                        + TimelineNote.timescale(result)));
    }

    public Change reportIssued(LocalDate reportOn, WorkingDayCalendar calendar, LocalDate today) {
        complaint.state.require("record the panel's report", ComplaintState.STAGE_3_PANEL_HELD);
        Dates.notInFuture(reportOn, today, "reportOn");
        if (complaint.stageThree.reportOn() != null) {
            throw new RuleViolation("stage-three.report-already-recorded", ProblemKind.CONFLICT,
                    "the panel's report was recorded on " + complaint.stageThree.reportOn());
        }
        ClockState result = complaint.stopClock(ClockKind.STAGE_3_REPORT, reportOn, today);
        complaint.stageThree = complaint.stageThree.reported(reportOn);
        complaint.clocks.put(ClockKind.STAGE_3_RESPONSE, StatutoryClock.start(calendar, reportOn, RESPONSE_WORKING_DAYS));
        return complaint.announceBreachesFound(
                Change.noted("stage-3.reported", reportOn, "the panel's report dated " + reportOn + ", "
                        + TimelineNote.timescale(result)));
    }

    public Change respond(LocalDate respondedOn, List<RecommendationDecision> recommendations,
            List<AgreedActionTerm> actions, LocalDate ombudsmanToldOn, LocalDate today) {
        complaint.state.require("respond at stage 3", ComplaintState.STAGE_3_PANEL_HELD);
        complaint.requireNotOnHold("respond at stage 3");
        if (complaint.stageThree.reportOn() == null) {
            throw new RuleViolation("stage-three.report-missing", ProblemKind.CONFLICT,
                    "the council responds to the panel's report: record it first");
        }
        Dates.notInFuture(respondedOn, today, "decidedOn");
        ClockState result = complaint.stopClock(ClockKind.STAGE_3_RESPONSE, respondedOn, today);
        StageDecision decision = new StageDecision(respondedOn, List.of(), actions, result, recommendations,
                ombudsmanToldOn);
        complaint.stageThree = complaint.stageThree.responded(decision);
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_3_RESPONDED);
        return complaint.announceBreachesFound(decision.flagUnlessNextStepTold(complaint, complaint.announce()
                .decided("STAGE_3", decision, "stage-3.responded"), Flag.OMBUDSMAN_NOT_TOLD,
                "the right to go to the Ombudsman", today));
    }

    /** Three people independent of the council, exactly one chairing, none the stage 2 independent person. */
    private void requirePanel(List<StageThree.PanelMember> members) {
        if (members.size() != 3 || members.stream().map(StageThree.PanelMember::reference).distinct().count() != 3) {
            throw panelRule("stage-three.panel-of-three", "the panel has three different members");
        }
        if (members.stream().filter(StageThree.PanelMember::chair).count() != 1) {
            throw panelRule("stage-three.one-chair", "exactly one panel member chairs");
        }
        if (!members.stream().allMatch(StageThree.PanelMember::independentOfCouncil)) {
            throw panelRule("stage-three.panel-not-independent", "every panel member is independent of the council");
        }
        StageTwo.IndependentPerson ip = complaint.stageTwo.independentPerson();
        if (ip != null && members.stream().anyMatch(m -> m.reference().equals(ip.reference()))) {
            throw panelRule("stage-three.stage-two-independent-person-on-panel",
                    "the stage 2 independent person " + ip.reference() + " may not sit on the panel");
        }
    }

    private static RuleViolation panelRule(String rule, String detail) {
        return new RuleViolation(rule, ProblemKind.UNPROCESSABLE, "members", detail);
    }
}
