package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.events.ComplaintStandingDecided;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Intake decisions on a complaint (DOMAIN §2 intake and routing): overriding the proposed
 * procedure, the one-year limit, and the standing of a complainant who relies on sufficient
 * interest in the child's welfare.
 */
public final class IntakeCommands {

    private final Complaint complaint;

    IntakeCommands(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Overrides the proposed procedure with a recorded reason. Taking a Part 3 matter away from the
     * statutory children's procedure is accepted but flagged (DOMAIN §2 routing).
     */
    public Change overrideRouting(Procedure to, String reason, LocalDate today) {
        return overrideRouting(to, reason, null, today);
    }

    /**
     * Overrides the routing as {@link #overrideRouting(Procedure, String, LocalDate)}, decided on {@code decidedOn}
     * (today when null; not before the complaint was received, not after today): the override, its timeline entry
     * and any flag it raises are dated that day.
     */
    public Change overrideRouting(Procedure to, String reason, LocalDate decidedOn, LocalDate today) {
        complaint.requireNotFinished("override the routing");
        Dates.requireReason(reason, "reason");
        LocalDate decided = decidedOn == null ? today : decidedOn;
        complaint.requireHappened(decided, today, "decidedOn");
        complaint.routing = new Routing(complaint.routing.proposal(), to, reason, decided);
        Change change = Change.noted("routing.overridden", decided,
                "procedure set to " + TimelineNote.words(to) + ": " + reason).with(complaint.announce().routed(today));
        if (complaint.routing.proposal().part3Matter() && to != Procedure.STATUTORY_CHILDREN) {
            return complaint.raise(change, Flag.ROUTED_AWAY_FROM_STATUTORY, today,
                    "a Part 3 Children Act 1989 matter was routed to " + to);
        }
        return change;
    }

    /** Records the accept/refuse decision on a complaint made more than 12 months after the matter arose. */
    public Change decideOutOfTime(boolean accepted, String reason, LocalDate decidedOn, LocalDate today) {
        if (!OutOfTimeDecision.needed(complaint.details())) {
            throw new RuleViolation("intake.out-of-time-not-needed", ProblemKind.CONFLICT,
                    "the complaint was made within 12 months of the matter arising");
        }
        if (complaint.outOfTime != null) {
            throw new RuleViolation("intake.out-of-time-already-decided", ProblemKind.CONFLICT,
                    "the out-of-time decision was already recorded");
        }
        Dates.requireReason(reason, "reason");
        complaint.requireHappened(decidedOn, today, "decidedOn");
        complaint.outOfTime = new OutOfTimeDecision(accepted, reason, decidedOn);
        if (!accepted) {
            complaint.state = complaint.state.moveTo(ComplaintState.REFUSED_OUT_OF_TIME);
            complaint.stopRunningClocks(decidedOn, today);
            return complaint.announceBreachesFound(
                    Change.noted("out-of-time.refused", decidedOn, "refused on " + decidedOn + ": " + reason));
        }
        Change noted = Change.noted("out-of-time.accepted", decidedOn, "accepted on " + decidedOn + ": " + reason);
        return complaint.raise(noted, Flag.OUT_OF_TIME_ACCEPTED, today,
                "accepted more than 12 months after the matter arose");
    }

    /**
     * Decides whether a complainant relying on sufficient interest may use the statutory procedure.
     * The child's views must have been considered (or the decision says they were not, and is
     * flagged); a refusal needs its reason and the day the person was told, and ends the complaint
     * (a state of its own, not a closure). An acceptance opens stage 1 that day.
     */
    public Change decideStanding(StandingDecision decision, WorkingDayCalendar calendar, LocalDate today) {
        complaint.state.require("decide the complainant's standing", ComplaintState.AWAITING_STANDING_DECISION);
        Dates.notInFuture(decision.decidedOn(), today, "decidedOn");
        if (decision.decidedOn().isBefore(complaint.details().receivedDate())) {
            throw new RuleViolation("standing.decided-before-receipt", ProblemKind.UNPROCESSABLE, "decidedOn",
                    "the complaint was received on " + complaint.details().receivedDate());
        }
        requireChildViewsRecorded(decision, today);
        if (!decision.accepted()) {
            requireRefusalExplainedAndTold(decision, today);
        }
        if (decision.childToldOn() != null) {
            complaint.requireHappened(decision.childToldOn(), today, "childToldOn");
        }
        List<Flag> flaggedBefore = complaint.activeConditionsOn(today);
        complaint.standing = decision;
        complaint.stopClock(ClockKind.STANDING_DECISION, decision.decidedOn(), today);
        Change change = Change.noted("standing." + decision.outcome().name().toLowerCase(), decision.decidedOn(),
                decision.accepted() ? "sufficient interest accepted on " + decision.decidedOn()
                        : "sufficient interest refused on " + decision.decidedOn() + ": " + decision.reason())
                .with(new ComplaintStandingDecided(complaint.id(), complaint.reference().toString(),
                        decision.outcome().name(), decision.decidedOn(), decision.childViewsTakenIntoAccount(),
                        decision.personToldOn()));
        if (decision.accepted()) {
            change = openStageOne(change, decision.decidedOn(), calendar);
        } else {
            complaint.state = complaint.state.moveTo(ComplaintState.REFUSED_STANDING);
        }
        change = complaint.noteFlagsResolved(change, flaggedBefore, today);
        return complaint.announceBreachesFound(decision.childViewsTakenIntoAccount() ? change
                : complaint.raise(change, Flag.STANDING_WITHOUT_CHILD_VIEWS, today,
                        "standing decided without taking the child's views into account"));
    }

    /**
     * Children Act 1989 s26(3)(e) and the 2006 Regulations: representations from a person whose
     * standing rests on sufficient interest are treated as made when the council decides that the
     * person has that interest. So stage 1's 10 working days count from the day standing is
     * accepted, not from receipt: day 0 is the decision date.
     */
    private Change openStageOne(Change change, LocalDate acceptedOn, WorkingDayCalendar calendar) {
        complaint.clocks.put(ClockKind.STAGE_1, StageOneTimescale.startOn(calendar, acceptedOn));
        complaint.state = complaint.state.moveTo(ComplaintState.STAGE_1_OPEN);
        return change.with(complaint.announce().stageOpened("STAGE_1", acceptedOn, ClockKind.STAGE_1));
    }

    private void requireChildViewsRecorded(StandingDecision decision, LocalDate today) {
        if (decision.childViewsTakenIntoAccount()) {
            if (decision.childViewsTakenIntoAccountOn() == null) {
                throw new RuleViolation("standing.child-views-date-required", ProblemKind.UNPROCESSABLE,
                        "childViewsTakenIntoAccountOn", "say when the child's views were taken into account");
            }
            complaint.requireHappened(decision.childViewsTakenIntoAccountOn(), today, "childViewsTakenIntoAccountOn");
        }
    }

    private void requireRefusalExplainedAndTold(StandingDecision decision, LocalDate today) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw new RuleViolation("standing.refusal-reason-required", ProblemKind.UNPROCESSABLE, "reason",
                    "a refusal of standing needs its reason");
        }
        if (decision.personToldOn() == null) {
            throw new RuleViolation("standing.refusal-not-told", ProblemKind.UNPROCESSABLE, "personToldOn",
                    "a refusal of standing needs the date the person was told");
        }
        complaint.requireHappened(decision.personToldOn(), today, "personToldOn");
    }
}
