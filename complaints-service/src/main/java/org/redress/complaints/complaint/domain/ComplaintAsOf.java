package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.redress.statutorytime.ClockExtension;
import org.redress.statutorytime.ClockPause;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * A complaint as it stood at the end of a past day, rebuilt from its stored history: every step recorded as
 * happening after the day is left out (a stage 1 response dated later leaves stage 1 open that day), each clock
 * is replayed with only its holds, extension and stop up to the day, and the state is the one the steps left
 * by then. Only the flags raised by the day stay on record; the conditions read from the dates (a hold past its
 * review date) are read as of the day by {@link Complaint#flagsOn}. A step dated after its own record would
 * show was not possible, so what remains is a complaint the procedure could have reached on that day.
 *
 * <p>An extension counts from the day it was decided, or the day the complainant was told of it where no
 * earlier day is kept ({@link StageOneExtension#effectiveOn}).
 */
final class ComplaintAsOf {

    private final LocalDate day;
    private final WorkingDayCalendar calendar;

    ComplaintAsOf(LocalDate day, WorkingDayCalendar calendar) {
        this.day = day;
        this.calendar = calendar;
    }

    Progress of(Complaint complaint) {
        Progress now = complaint.progress();
        StageOneExtension stageOneExtension = by(now.stageOneExtension(), StageOneExtension::effectiveOn);
        StageTwo stageTwo = stageTwo(now.stageTwo());
        Progress then = new Progress(null, routing(now.routing()), by(now.outOfTime(), OutOfTimeDecision::decidedOn),
                by(now.standing(), StandingDecision::decidedOn), stageOneExtension,
                by(now.stageOneResponse(), StageDecision::decidedOn), stageTwo, stageThree(now.stageThree()),
                by(now.ombudsman(), OmbudsmanDecision::decisionDate), holds(now.holds()), declines(now.declines()),
                now.flags().stream().filter(flag -> happened(flag.raisedOn())).toList(),
                by(now.closure(), Closure::closedOn),
                clocks(now.clocks(), stageOneExtension, stageTwo == null ? null : stageTwo.extension()),
                breachesAnnounced(now.breachesAnnounced()), now.version());
        // nothing left out but what the clocks did later: the state is the one stored
        ComplaintState state = then.equals(withState(now, null, then)) ? now.state() : stateOf(then, complaint);
        return withState(then, state, then);
    }

    /** {@code progress} with {@code state} and the clocks and breaches of {@code clocksOf}, everything else kept. */
    private static Progress withState(Progress progress, ComplaintState state, Progress clocksOf) {
        return new Progress(state, progress.routing(), progress.outOfTime(), progress.standing(),
                progress.stageOneExtension(), progress.stageOneResponse(), progress.stageTwo(), progress.stageThree(),
                progress.ombudsman(), progress.holds(), progress.declines(), progress.flags(), progress.closure(),
                clocksOf.clocks(), clocksOf.breachesAnnounced(), progress.version());
    }

    /** Where the steps left by the day put the complaint: the last of them decides. */
    private static ComplaintState stateOf(Progress then, Complaint complaint) {
        if (then.closure() != null) {
            return ComplaintState.CLOSED;
        }
        if (then.outOfTime() != null && !then.outOfTime().accepted()) {
            return ComplaintState.REFUSED_OUT_OF_TIME;
        }
        if (then.standing() != null && !then.standing().accepted()) {
            return ComplaintState.REFUSED_STANDING;
        }
        if (then.stageThree() != null) {
            StageThree three = then.stageThree();
            return three.response() != null ? ComplaintState.STAGE_3_RESPONDED
                    : three.panelHeldOn() != null ? ComplaintState.STAGE_3_PANEL_HELD : ComplaintState.STAGE_3_REQUESTED;
        }
        if (then.stageTwo() != null) {
            StageTwo two = then.stageTwo();
            return two.adjudication() != null ? ComplaintState.STAGE_2_ADJUDICATED
                    : two.statementAgreedOn() != null ? ComplaintState.STAGE_2_INVESTIGATING
                            : ComplaintState.STAGE_2_REQUESTED;
        }
        if (then.stageOneResponse() != null) {
            return ComplaintState.STAGE_1_RESPONDED;
        }
        boolean standingToDecide = complaint.details().complainantRole() == ComplainantRole.SUFFICIENT_INTEREST;
        return standingToDecide && then.standing() == null ? ComplaintState.AWAITING_STANDING_DECISION
                : ComplaintState.STAGE_1_OPEN;
    }

    private boolean happened(LocalDate on) {
        return on != null && !on.isAfter(day);
    }

    private <T> T by(T record, java.util.function.Function<T, LocalDate> happenedOn) {
        return record != null && happened(happenedOn.apply(record)) ? record : null;
    }

    private LocalDate ifBy(LocalDate on) {
        return happened(on) ? on : null;
    }

    private Routing routing(Routing routing) {
        return routing.overridden() && !happened(routing.overriddenOn()) ? Routing.proposed(routing.proposal()) : routing;
    }

    private StageTwo stageTwo(StageTwo two) {
        if (two == null || !happened(two.requestedOn())) {
            return null;
        }
        boolean agreed = happened(two.statementAgreedOn());
        return new StageTwo(two.requestedOn(), two.lateReason(), agreed ? two.statementAgreedOn() : null,
                agreed ? two.statementAgreedBy() : null,
                by(two.investigatingOfficer(), StageTwo.Appointment::appointedOn),
                by(two.independentPerson(), StageTwo.IndependentPerson::appointedOn),
                by(two.adjudicatingOfficer(), StageTwo.Appointment::appointedOn),
                by(two.extension(), StageOneExtension::effectiveOn), ifBy(two.investigatingOfficerReportOn()),
                ifBy(two.independentPersonReportOn()), by(two.adjudication(), StageDecision::decidedOn));
    }

    private StageThree stageThree(StageThree three) {
        if (three == null || !happened(three.requestedOn())) {
            return null;
        }
        boolean held = happened(three.panelHeldOn());
        return new StageThree(three.requestedOn(), three.lateReason(), held ? three.panelHeldOn() : null,
                held ? three.panel() : List.of(), ifBy(three.reportOn()), by(three.response(), StageDecision::decidedOn));
    }

    private List<Hold> holds(List<Hold> holds) {
        return holds.stream().filter(hold -> happened(hold.heldOn()))
                .map(hold -> new Hold(hold.reason(), hold.heldOn(), hold.complainantToldOn(), hold.reviewOn(),
                        ifBy(hold.releasedOn()), ifBy(hold.reviewedOn())))
                .toList();
    }

    private List<Decline> declines(List<Decline> declines) {
        return declines.stream().filter(decline -> happened(decline.declinedOn()))
                .map(decline -> decline.ended(ifBy(decline.proceedingsEndedOn()), ifBy(decline.resumedOn())))
                .toList();
    }

    private Map<ClockKind, StatutoryClock> clocks(Map<ClockKind, StatutoryClock> clocks,
            StageOneExtension stageOneExtension, StageOneExtension stageTwoExtension) {
        Map<ClockKind, StatutoryClock> then = new EnumMap<>(ClockKind.class);
        clocks.forEach((kind, clock) -> {
            if (happened(clock.start())) {
                boolean extended = switch (kind) {
                    case STAGE_1 -> stageOneExtension != null;
                    case STAGE_2 -> stageTwoExtension != null;
                    default -> true; // no other clock is extended
                };
                then.put(kind, clock(clock, extended));
            }
        });
        return then;
    }

    /** The clock replayed with the holds placed, the extension granted (when {@code extended}) and the stop by the day. */
    private StatutoryClock clock(StatutoryClock clock, boolean extended) {
        List<ClockPause> pauses = clock.pauses().stream().filter(pause -> happened(pause.heldOn()))
                .map(pause -> happened(pause.releasedOn()) ? pause : ClockPause.heldOn(pause.heldOn())).toList();
        ClockExtension extension = extended ? clock.extension().orElse(null) : null;
        return StatutoryClock.restore(calendar, clock.start(), clock.limit(), clock.maximumLimit(), extension, pauses,
                clock.stoppedOn().filter(this::happened).orElse(null));
    }

    private Map<ClockKind, LocalDate> breachesAnnounced(Map<ClockKind, LocalDate> announced) {
        Map<ClockKind, LocalDate> then = new EnumMap<>(ClockKind.class);
        announced.forEach((kind, on) -> {
            if (happened(on)) {
                then.put(kind, on);
            }
        });
        return then;
    }
}
