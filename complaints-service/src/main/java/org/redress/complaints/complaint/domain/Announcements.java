package org.redress.complaints.complaint.domain;

import static org.redress.complaints.complaint.domain.TimelineNote.count;
import static org.redress.complaints.complaint.domain.TimelineNote.timescale;
import static org.redress.complaints.complaint.domain.TimelineNote.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.contracts.events.ActionsAgreed;
import org.redress.contracts.events.ComplaintEvent;
import org.redress.contracts.events.ComplaintRegistered;
import org.redress.contracts.events.ComplaintRouted;
import org.redress.contracts.events.ComplaintStageDecided;
import org.redress.contracts.events.ComplaintStageOpened;
import org.redress.contracts.events.OmbudsmanDecisionRecorded;

/**
 * What a complaint's changes announce to other systems, in codes and dates only: the events are
 * built here so that each command class says what happened, not how it is worded on the wire.
 */
final class Announcements {

    private final Complaint complaint;

    Announcements(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Registered, then routed (the proposal), then stage 1 opened with its clock when it opens on
     * receipt. A complaint awaiting a standing decision has no stage 1 due date yet: its stage 1
     * opens, and is announced, when standing is accepted.
     */
    Change registered(LocalDate today) {
        NewComplaint details = complaint.details();
        LocalDate stageOneDue = complaint.stageOneClock()
                .map(clock -> clock.snapshotOn(details.receivedDate()).effectiveDueDate()).orElse(null);
        Change change = new Change(List.of(), List.of(registration()))
                .with(new ComplaintRegistered(complaint.id(), reference(), details.receivedDate(),
                        complaint.routing.proposal().procedure().name(), stageOneDue))
                .with(routed(today));
        return stageOneDue == null ? change
                : change.with(stageOpened("STAGE_1", details.receivedDate(), ClockKind.STAGE_1));
    }

    /** The timeline's first line: the complaint as received, on the day it was received. */
    private TimelineNote registration() {
        NewComplaint details = complaint.details();
        return new TimelineNote("complaint.registered", "received on " + details.receivedDate() + " by "
                + words(details.channel()) + "; complainant: " + words(details.complainantRole()) + "; "
                + count(details.points().size(), "point") + "; proposed for the "
                + words(complaint.routing.proposal().procedure()) + " procedure", details.receivedDate());
    }

    ComplaintRouted routed(LocalDate on) {
        Routing routing = complaint.routing;
        return new ComplaintRouted(complaint.id(), reference(), routing.proposal().procedure().name(),
                routing.procedure().name(), routing.overridden(), on);
    }

    /** The stage opened on {@code on}, with the clock it opens with and that clock's due date. */
    ComplaintStageOpened stageOpened(String stage, LocalDate on, ClockKind kind) {
        return new ComplaintStageOpened(complaint.id(), reference(), stage, on, kind.name(),
                complaint.clock(kind).snapshotOn(on).effectiveDueDate());
    }

    /**
     * What a stage's decision announces: the stage decided with counts of findings by outcome, then the
     * agreed actions, if any, for remedy-service.
     */
    Change decided(String stage, StageDecision decision, String what) {
        return withActionsAgreed(stageDecided(stage, decision), stage, decision.decidedOn(), decision.actions(),
                new TimelineNote(what, count(decision.findings().size(), "finding") + ", "
                        + count(decision.actions().size(), "action") + " agreed; answered "
                        + timescale(decision.clockResult()), decision.decidedOn()));
    }

    /**
     * What the Ombudsman's decision announces: the decision with how the complaint came to the Ombudsman,
     * then its agreed actions, if any, for remedy-service (source OMBUDSMAN).
     */
    Change ombudsmanDecided() {
        OmbudsmanDecision ombudsman = complaint.ombudsman;
        // the contract's earlyReferral: whether the Ombudsman took the complaint before the council's procedure ended
        OmbudsmanDecisionRecorded recorded = new OmbudsmanDecisionRecorded(complaint.id(), reference(),
                ombudsman.reference(), ombudsman.route().beforeProcedureExhausted(), ombudsman.decisionDate(),
                ombudsman.finding().name(), ombudsman.formalReport(), ombudsman.actions().size(),
                ombudsman.route().name());
        String reply = ombudsman.formalReport()
                ? "; a formal report, the council to reply by " + ombudsman.councilReplyDueOn() : "";
        return withActionsAgreed(recorded, "OMBUDSMAN", ombudsman.decisionDate(), ombudsman.actions(),
                new TimelineNote("ombudsman.decided", "the Ombudsman (case " + ombudsman.reference() + ") decided on "
                        + ombudsman.decisionDate() + ", having taken the complaint " + ombudsman.route().inWords()
                        + ": " + words(ombudsman.finding()) + ", " + count(ombudsman.actions().size(), "action")
                        + " agreed" + reply, ombudsman.decisionDate()));
    }

    private Change withActionsAgreed(ComplaintEvent decided, String source, LocalDate decidedOn,
            List<AgreedActionTerm> actions, TimelineNote note) {
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(decided);
        if (!actions.isEmpty()) {
            events.add(new ActionsAgreed(complaint.id(), reference(), source, decidedOn,
                    complaint.details().childReferences(), actions.stream().map(AgreedActionTerm::toEvent).toList()));
        }
        return new Change(events, List.of(note));
    }

    private ComplaintStageDecided stageDecided(String stage, StageDecision decision) {
        Map<Finding, Long> counts = decision.findings().stream()
                .collect(Collectors.groupingBy(PointFinding::finding, () -> new EnumMap<>(Finding.class),
                        Collectors.counting()));
        return new ComplaintStageDecided(complaint.id(), reference(), stage, decision.decidedOn(),
                String.valueOf(decision.clockResult()), counts.getOrDefault(Finding.UPHELD, 0L).intValue(),
                counts.getOrDefault(Finding.PARTLY_UPHELD, 0L).intValue(),
                counts.getOrDefault(Finding.NOT_UPHELD, 0L).intValue(),
                counts.getOrDefault(Finding.NO_FINDING, 0L).intValue(), decision.actions().size());
    }

    private String reference() {
        return complaint.reference().toString();
    }
}
