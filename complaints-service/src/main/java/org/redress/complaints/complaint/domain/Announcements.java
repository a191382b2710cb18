package org.redress.complaints.complaint.domain;

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
        Change change = new Change(List.of(), List.of())
                .with(new ComplaintRegistered(complaint.id(), reference(), details.receivedDate(),
                        complaint.routing.proposal().procedure().name(), stageOneDue))
                .with(routed(today));
        return stageOneDue == null ? change
                : change.with(stageOpened("STAGE_1", details.receivedDate(), ClockKind.STAGE_1));
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
     * What a decision announces: the stage decided (or the Ombudsman's decision) with counts of
     * findings by outcome, then the agreed actions, if any, for remedy-service.
     */
    Change decided(String source, StageDecision decision, String what) {
        List<ComplaintEvent> events = new ArrayList<>();
        events.add("OMBUDSMAN".equals(source) ? ombudsmanRecorded() : stageDecided(source, decision));
        if (!decision.actions().isEmpty()) {
            events.add(new ActionsAgreed(complaint.id(), reference(), source, decision.decidedOn(),
                    complaint.details().childReferences(),
                    decision.actions().stream().map(AgreedActionTerm::toEvent).toList()));
        }
        return new Change(events, List.of(new TimelineNote(what, decision.findings().size() + " findings, "
                + decision.actions().size() + " actions agreed, clock " + decision.clockResult())));
    }

    private OmbudsmanDecisionRecorded ombudsmanRecorded() {
        OmbudsmanDecision ombudsman = complaint.ombudsman;
        return new OmbudsmanDecisionRecorded(complaint.id(), reference(), ombudsman.reference(),
                ombudsman.earlyReferral(), ombudsman.decisionDate(), ombudsman.finding().name(),
                ombudsman.formalReport(), ombudsman.actions().size(),
                ombudsman.earlyReferral() ? "EARLY_REFERRAL" : "AFTER_COUNCIL_PROCEDURE");
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
