package org.redress.complaints.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ActionsAgreed;
import org.redress.contracts.events.ClockBreached;
import org.redress.contracts.events.ComplaintEvent;
import org.redress.contracts.events.ComplaintClosed;
import org.redress.contracts.events.ComplaintHoldReleased;
import org.redress.contracts.events.ComplaintHoldStarted;
import org.redress.contracts.events.ComplaintRegistered;
import org.redress.contracts.events.ComplaintRouted;
import org.redress.contracts.events.ComplaintStageDecided;
import org.redress.contracts.events.ComplaintStageOpened;
import org.redress.contracts.events.OmbudsmanDecisionRecorded;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.CalendarPeriod;
import org.redress.statutorytime.ClockSnapshot;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryClock;

/**
 * A complaint about children's social care, from intake to closure: who made it, about which
 * children, its numbered points, the procedure it is handled under, where it stands in the three
 * statutory stages and its clocks. Every command checks its rule, changes the complaint and
 * returns what happened ({@link Change}); stage 1 and holds/closure live here, stage 2 in
 * {@link StageTwoCommands} and stage 3 in {@link StageThreeCommands} to keep each class readable.
 * (Longer than our usual 200 lines: the rules of intake, stage 1, holds and closure together.)
 */
public final class Complaint {

    private final UUID id;
    private final CaseReference reference;
    private final NewComplaint details;
    private final List<ComplaintPoint> points;
    ComplaintState state;
    Routing routing;
    OutOfTimeDecision outOfTime;
    StageOneExtension stageOneExtension;
    StageDecision stageOneResponse;
    StageTwo stageTwo;
    StageThree stageThree;
    OmbudsmanDecision ombudsman;
    final List<Hold> holds;
    final List<Flag> flags;
    Closure closure;
    final Map<ClockKind, StatutoryClock> clocks;
    private final long version;

    public Complaint(UUID id, CaseReference reference, NewComplaint details, Procedure procedure,
            StatutoryClock stageOneClock) {
        this(id, reference, details, new Progress(ComplaintState.STAGE_1_OPEN,
                new Routing(RoutingPolicy.propose(details.subjectMatters(), details.complainantRole()), procedure,
                        null, null),
                null, null, null, null, null, null, List.of(), List.of(), null, Map.of(ClockKind.STAGE_1, stageOneClock), 0));
    }

    public Complaint(UUID id, CaseReference reference, NewComplaint details, Progress progress) {
        this.id = id;
        this.reference = reference;
        this.details = details;
        this.points = IntStream.range(0, details.points().size())
                .mapToObj(i -> new ComplaintPoint(i + 1, details.points().get(i)))
                .toList();
        this.state = progress.state();
        this.routing = progress.routing();
        this.outOfTime = progress.outOfTime();
        this.stageOneExtension = progress.stageOneExtension();
        this.stageOneResponse = progress.stageOneResponse();
        this.stageTwo = progress.stageTwo();
        this.stageThree = progress.stageThree();
        this.ombudsman = progress.ombudsman();
        this.holds = new ArrayList<>(progress.holds());
        this.flags = new ArrayList<>(progress.flags());
        this.closure = progress.closure();
        this.clocks = new EnumMap<>(progress.clocks());
        this.version = progress.version();
    }

    /**
     * Registers a complaint received on {@code details.receivedDate()}, which cannot be after
     * {@code today}: the stage 1 clock would otherwise start in the future. The routing policy
     * proposes the procedure with its reasons.
     */
    public static Registration register(UUID id, CaseReference reference, NewComplaint details, LocalDate today,
            StatutoryClock stageOneClock) {
        if (details.receivedDate().isAfter(today)) {
            throw new RuleViolation("intake.received-date-in-future", ProblemKind.UNPROCESSABLE, "receivedDate",
                    "receivedDate " + details.receivedDate() + " is after today (" + today + ")");
        }
        if (details.matterArose() != null && details.matterArose().isAfter(details.receivedDate())) {
            throw new RuleViolation("intake.matter-after-receipt", ProblemKind.UNPROCESSABLE, "matterArose",
                    "matterArose cannot be after receivedDate");
        }
        RoutingProposal proposal = RoutingPolicy.propose(details.subjectMatters(), details.complainantRole());
        Complaint complaint = new Complaint(id, reference, details, proposal.procedure(), stageOneClock);
        ComplaintRegistered event = new ComplaintRegistered(id, reference.toString(), details.receivedDate(),
                proposal.procedure().name(), stageOneClock.snapshotOn(details.receivedDate()).effectiveDueDate());
        return new Registration(complaint, event);
    }

    /**
     * A registered complaint and the event that announces it, which also carries the proposed
     * procedure and the stage 1 due date: routed and stage-opened follow only for later changes.
     */
    public record Registration(Complaint complaint, ComplaintRegistered event) {
    }

    /**
     * Overrides the proposed procedure with a recorded reason. Taking a Part 3 matter away from the
     * statutory children's procedure is accepted but flagged (DOMAIN §2 routing).
     */
    public Change overrideRouting(Procedure to, String reason, LocalDate today) {
        requireNotFinished("override the routing");
        Dates.requireReason(reason, "reason");
        routing = new Routing(routing.proposal(), to, reason, today);
        Change change = Change.noted("routing.overridden", "procedure set to " + to + ": " + reason)
                .with(routed(today));
        if (routing.proposal().part3Matter() && to != Procedure.STATUTORY_CHILDREN) {
            return raise(change, Flag.ROUTED_AWAY_FROM_STATUTORY, today,
                    "a Part 3 Children Act 1989 matter was routed to " + to);
        }
        return change;
    }

    /** Records the accept/refuse decision on a complaint made more than 12 months after the matter arose. */
    public Change decideOutOfTime(boolean accepted, String reason, LocalDate decidedOn, LocalDate today) {
        if (!OutOfTimeDecision.needed(details)) {
            throw new RuleViolation("intake.out-of-time-not-needed", ProblemKind.CONFLICT,
                    "the complaint was made within 12 months of the matter arising");
        }
        if (outOfTime != null) {
            throw new RuleViolation("intake.out-of-time-already-decided", ProblemKind.CONFLICT,
                    "the out-of-time decision was already recorded");
        }
        Dates.requireReason(reason, "reason");
        Dates.notInFuture(decidedOn, today, "decidedOn");
        outOfTime = new OutOfTimeDecision(accepted, reason, decidedOn);
        if (!accepted) {
            state = state.moveTo(ComplaintState.REFUSED_OUT_OF_TIME);
            stopRunningClocks(decidedOn);
            return Change.noted("out-of-time.refused", reason);
        }
        return raise(Change.noted("out-of-time.accepted", reason), Flag.OUT_OF_TIME_ACCEPTED, today,
                "accepted more than 12 months after the matter arose");
    }

    /** Extends stage 1, once, to at most 20 working days, with the complainant told (Regs 2006 reg 14(2)). */
    public Change extendStageOne(int workingDays, String reason, LocalDate complainantToldOn, LocalDate today) {
        state.require("extend stage 1", ComplaintState.STAGE_1_OPEN);
        if (stageOneExtension != null) {
            throw new RuleViolation("stage-one.already-extended", ProblemKind.CONFLICT,
                    "stage 1 may be extended once; it was extended to " + stageOneExtension.workingDays());
        }
        Dates.notInFuture(complainantToldOn, today, "complainantToldOn");
        clocks.put(ClockKind.STAGE_1, clock(ClockKind.STAGE_1).extend(workingDays, reason));
        stageOneExtension = new StageOneExtension(workingDays, reason, complainantToldOn);
        return Change.noted("stage-1.extended", "to " + workingDays + " working days: " + reason);
    }

    /**
     * Records the stage 1 response: a finding per point (fault accepted is never NOT_UPHELD) and the
     * actions agreed, which go to remedy-service. Stops the stage 1 clock, MET or MISSED.
     */
    public Change respondAtStageOne(LocalDate respondedOn, List<PointFinding> findings, List<AgreedActionTerm> actions,
            LocalDate today) {
        state.require("respond at stage 1", ComplaintState.STAGE_1_OPEN);
        requireOutOfTimeDecided();
        requireNotOnHold("respond at stage 1");
        Dates.notInFuture(respondedOn, today, "respondedOn");
        StageDecision.requireEveryPoint(findings, points.size());
        ClockState result = stopClock(ClockKind.STAGE_1, respondedOn);
        stageOneResponse = new StageDecision(respondedOn, findings, actions, result);
        state = state.moveTo(ComplaintState.STAGE_1_RESPONDED);
        return decided("STAGE_1", stageOneResponse, "stage-1.responded");
    }

    /** Stage 3 commands: request, panel, report, response. */
    public StageThreeCommands stageThree() {
        return new StageThreeCommands(this);
    }

    /** Stage 2 commands: request, statement, adjudication. */
    public StageTwoCommands stageTwo() {
        return new StageTwoCommands(this);
    }

    /**
     * Puts the complaint on hold: the running clocks pause. The complainant must have been told
     * (Ombudsman: four months on hold and nobody told the complainant).
     */
    public Change placeHold(Hold.HoldReason reason, LocalDate heldOn, LocalDate complainantToldOn, LocalDate reviewOn,
            LocalDate today) {
        requireNotFinished("put the complaint on hold");
        requireNotOnHold("put the complaint on hold");
        if (complainantToldOn == null) {
            throw new RuleViolation("hold.complainant-not-told", ProblemKind.UNPROCESSABLE, "complainantToldOn",
                    "a hold needs the date the complainant was told");
        }
        Dates.notInFuture(heldOn, today, "heldOn");
        Dates.notInFuture(complainantToldOn, today, "complainantToldOn");
        if (!reviewOn.isAfter(heldOn)) {
            throw new RuleViolation("hold.review-not-after-hold", ProblemKind.UNPROCESSABLE, "reviewOn",
                    "the review date must be after the day the hold starts");
        }
        runningClocks().forEach(kind -> clocks.put(kind, clock(kind).pause(heldOn)));
        holds.add(new Hold(reason, heldOn, complainantToldOn, reviewOn, null));
        return Change.noted("hold.placed", reason + " from " + heldOn + ", review on " + reviewOn)
                .with(new ComplaintHoldStarted(id, reference.toString(), reason.name(), heldOn, complainantToldOn,
                        reviewOn));
    }

    /** Releases the open hold: the paused clocks resume with the working days they had left. */
    public Change releaseHold(LocalDate releasedOn, LocalDate today) {
        Hold open = openHold().orElseThrow(() -> new RuleViolation("hold.not-on-hold", ProblemKind.CONFLICT,
                "the complaint is not on hold"));
        Dates.notInFuture(releasedOn, today, "releasedOn");
        if (releasedOn.isBefore(open.heldOn())) {
            throw new RuleViolation("hold.release-before-hold", ProblemKind.UNPROCESSABLE, "releasedOn",
                    "the hold started on " + open.heldOn());
        }
        runningClocks().stream().filter(kind -> clock(kind).openPause().isPresent())
                .forEach(kind -> clocks.put(kind, clock(kind).resume(releasedOn)));
        holds.set(holds.size() - 1, open.releasedOn(releasedOn));
        return Change.noted("hold.released", "released on " + releasedOn)
                .with(new ComplaintHoldReleased(id, reference.toString(), open.heldOn(), releasedOn));
    }

    /**
     * Closes the complaint for a reason from the fixed list. A stage that was asked for and not
     * yet answered cannot be closed for any other reason, and "statement not agreed" is never one
     * (Ombudsman: a complaint closed because emails did not yield a statement of complaint).
     */
    public Change close(String reasonCode, LocalDate closedOn, LocalDate today) {
        requireNotFinished("close the complaint");
        if (!Closure.Reason.known(reasonCode)) {
            String rule = state.awaitingAnswer() ? "closure.requested-stage-unanswered" : "closure.reason-not-allowed";
            throw new RuleViolation(rule, ProblemKind.UNPROCESSABLE, "reason", reasonCode
                    + " is not a reason to close a complaint" + (state.awaitingAnswer()
                            ? " while " + state + " is unanswered" : "") + "; allowed: "
                    + List.of(Closure.Reason.values()));
        }
        Dates.notInFuture(closedOn, today, "closedOn");
        stopRunningClocks(closedOn);
        state = state.moveTo(ComplaintState.CLOSED);
        closure = new Closure(Closure.Reason.valueOf(reasonCode), closedOn);
        return Change.noted("complaint.closed", reasonCode)
                .with(new ComplaintClosed(id, reference.toString(), reasonCode, closedOn));
    }

    /**
     * Records the Ombudsman's decision: after stage 3, or as an early referral once stage 2 is
     * adjudicated. Its agreed actions go to remedy-service (source OMBUDSMAN).
     */
    public Change recordOmbudsman(String ombudsmanReference, boolean earlyReferral, LocalDate decisionDate,
            OmbudsmanDecision.Finding finding, boolean formalReport, List<AgreedActionTerm> actions, LocalDate today) {
        boolean afterStageThree = state == ComplaintState.STAGE_3_RESPONDED
                || (state == ComplaintState.CLOSED && stageThree != null && stageThree.response() != null);
        boolean earlyAfterStageTwo = earlyReferral && stageTwo != null && stageTwo.adjudication() != null;
        if (!afterStageThree && !earlyAfterStageTwo) {
            throw new RuleViolation("ombudsman.procedure-not-exhausted", ProblemKind.CONFLICT,
                    "the Ombudsman considers a complaint after stage 3, or as an early referral after the stage 2 adjudication");
        }
        if (ombudsman != null) {
            throw new RuleViolation("ombudsman.already-recorded", ProblemKind.CONFLICT,
                    "the Ombudsman's decision " + ombudsman.reference() + " is already recorded");
        }
        Dates.notInFuture(decisionDate, today, "decisionDate");
        ombudsman = new OmbudsmanDecision(ombudsmanReference, earlyReferral, decisionDate, finding, formalReport, actions,
                formalReport ? CalendarPeriod.THREE_MONTHS.dueFrom(decisionDate) : null);
        return decided("OMBUDSMAN", new StageDecision(decisionDate, List.of(), actions, null), "ombudsman.decided");
    }

    private OmbudsmanDecisionRecorded ombudsmanRecorded() {
        return new OmbudsmanDecisionRecorded(id, reference.toString(), ombudsman.reference(), ombudsman.earlyReferral(),
                ombudsman.decisionDate(), ombudsman.finding().name(), ombudsman.formalReport(), ombudsman.actions().size());
    }

    /** The breach of {@code kind} if it is overdue on {@code today}; announced once by the sweep. */
    public Optional<ClockBreached> breachOf(ClockKind kind, LocalDate today) {
        StatutoryClock clock = clocks.get(kind);
        if (clock == null || today.isBefore(clock.start())) {
            return Optional.empty();
        }
        ClockSnapshot snapshot = clock.snapshotOn(today);
        if (snapshot.state() != ClockState.OVERDUE) {
            return Optional.empty();
        }
        return Optional.of(new ClockBreached(id, reference.toString(), kind.name(), clock.start(),
                snapshot.effectiveDueDate(), today));
    }

    /** Stored flags, plus a hold past its review date, which is flagged as long as it lasts. */
    public List<Flag> flagsOn(LocalDate today) {
        List<Flag> all = new ArrayList<>(flags);
        openHold().filter(hold -> hold.pastReviewOn(today)).ifPresent(hold -> all.add(new Flag(Flag.HOLD_PAST_REVIEW,
                hold.reviewOn().plusDays(1), "on hold since " + hold.heldOn() + ", review was due " + hold.reviewOn())));
        return all;
    }

    /**
     * What a decision announces: the stage decided (or the Ombudsman's decision) with counts of
     * findings by outcome, then the agreed actions, if any, for remedy-service.
     */
    Change decided(String source, StageDecision decision, String what) {
        List<ComplaintEvent> events = new ArrayList<>();
        events.add("OMBUDSMAN".equals(source) ? ombudsmanRecorded() : stageDecided(source, decision));
        if (!decision.actions().isEmpty()) {
            events.add(new ActionsAgreed(id, reference.toString(), source, decision.decidedOn(),
                    details.childReferences(), decision.actions().stream().map(AgreedActionTerm::toEvent).toList()));
        }
        return new Change(events, List.of(new TimelineNote(what, decision.findings().size() + " findings, "
                + decision.actions().size() + " actions agreed, clock " + decision.clockResult())));
    }

    private ComplaintStageDecided stageDecided(String stage, StageDecision decision) {
        Map<Finding, Long> counts = decision.findings().stream()
                .collect(Collectors.groupingBy(PointFinding::finding, () -> new EnumMap<>(Finding.class),
                        Collectors.counting()));
        return new ComplaintStageDecided(id, reference.toString(), stage, decision.decidedOn(),
                String.valueOf(decision.clockResult()), counts.getOrDefault(Finding.UPHELD, 0L).intValue(),
                counts.getOrDefault(Finding.PARTLY_UPHELD, 0L).intValue(),
                counts.getOrDefault(Finding.NOT_UPHELD, 0L).intValue(),
                counts.getOrDefault(Finding.NO_FINDING, 0L).intValue(), decision.actions().size());
    }

    private ComplaintRouted routed(LocalDate on) {
        return new ComplaintRouted(id, reference.toString(), routing.proposal().procedure().name(),
                routing.procedure().name(), routing.overridden(), on);
    }

    /** The stage opened on {@code on}, with the clock it opens with and that clock's due date. */
    ComplaintStageOpened stageOpened(String stage, LocalDate on, ClockKind kind) {
        return new ComplaintStageOpened(id, reference.toString(), stage, on, kind.name(),
                clock(kind).snapshotOn(on).effectiveDueDate());
    }

    Change raise(Change change, String code, LocalDate today, String detail) {
        flags.add(new Flag(code, today, detail));
        List<TimelineNote> notes = new ArrayList<>(change.notes());
        notes.add(new TimelineNote("flag." + code, detail));
        return new Change(change.events(), notes);
    }

    ClockState stopClock(ClockKind kind, LocalDate on) {
        StatutoryClock stopped = clock(kind).stop(on);
        clocks.put(kind, stopped);
        return stopped.snapshotOn(on).state();
    }

    StatutoryClock clock(ClockKind kind) {
        return Optional.ofNullable(clocks.get(kind)).orElseThrow(
                () -> new IllegalStateException("complaint " + reference + " has no " + kind + " clock"));
    }

    void requireNotOnHold(String action) {
        if (openHold().isPresent()) {
            throw new RuleViolation("hold.on-hold", ProblemKind.CONFLICT, "cannot " + action + " while on hold");
        }
    }

    private void requireOutOfTimeDecided() {
        if (OutOfTimeDecision.needed(details) && outOfTime == null) {
            throw new RuleViolation("intake.out-of-time-undecided", ProblemKind.CONFLICT,
                    "the complaint was made more than 12 months after the matter arose: record the accept/refuse decision first");
        }
    }

    private void requireNotFinished(String action) {
        if (state.isFinished()) {
            throw new RuleViolation("complaint.transition-not-allowed", ProblemKind.CONFLICT,
                    "cannot " + action + ": the complaint is " + state);
        }
    }

    private void stopRunningClocks(LocalDate on) {
        runningClocks().forEach(kind -> stopClock(kind, on));
    }

    private List<ClockKind> runningClocks() {
        return clocks.entrySet().stream().filter(e -> e.getValue().stoppedOn().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public Optional<Hold> openHold() {
        return holds.isEmpty() ? Optional.empty() : Optional.of(holds.get(holds.size() - 1)).filter(Hold::open);
    }

    public Progress progress() {
        return new Progress(state, routing, outOfTime, stageOneExtension, stageOneResponse, stageTwo, stageThree, ombudsman, holds, flags,
                closure, clocks, version);
    }

    public UUID id() {
        return id;
    }

    public CaseReference reference() {
        return reference;
    }

    public NewComplaint details() {
        return details;
    }

    public List<ComplaintPoint> points() {
        return points;
    }

    public Procedure procedure() {
        return routing.procedure();
    }

    public ComplaintState state() {
        return state;
    }

    public StatutoryClock stageOneClock() {
        return clock(ClockKind.STAGE_1);
    }

    public Map<ClockKind, StatutoryClock> clocks() {
        return Map.copyOf(clocks);
    }
}
