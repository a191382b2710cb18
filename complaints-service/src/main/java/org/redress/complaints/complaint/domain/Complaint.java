package org.redress.complaints.complaint.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ClockBreached;
import org.redress.contracts.events.ComplaintRegistered;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * A complaint about children's social care, from intake to closure: who made it, about which
 * children, its numbered points, the procedure it is handled under, where it stands in the three
 * statutory stages and its clocks. The commands live in small classes, one per part of the
 * procedure, each reached from here: {@link #intake()}, {@link #stageOne()}, {@link #stageTwo()},
 * {@link #stageThree()}, {@link #holds()}, {@link #declines()}, {@link #closure()} and
 * {@link #ombudsman()}. Every command checks its rule, changes the complaint and returns what
 * happened ({@link Change}); what each change announces is built by {@link Announcements}.
 */
public final class Complaint {

    private final UUID id;
    private final CaseReference reference;
    private final NewComplaint details;
    private final List<ComplaintPoint> points;
    ComplaintState state;
    Routing routing;
    OutOfTimeDecision outOfTime;
    StandingDecision standing;
    StageOneExtension stageOneExtension;
    StageDecision stageOneResponse;
    StageTwo stageTwo;
    StageThree stageThree;
    OmbudsmanDecision ombudsman;
    final List<Hold> holds;
    final List<Decline> declines;
    final List<Flag> flags;
    Closure closure;
    final Map<ClockKind, StatutoryClock> clocks;
    private final ClockBreaches breaches;
    private final long version;

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
        this.standing = progress.standing();
        this.stageOneExtension = progress.stageOneExtension();
        this.stageOneResponse = progress.stageOneResponse();
        this.stageTwo = progress.stageTwo();
        this.stageThree = progress.stageThree();
        this.ombudsman = progress.ombudsman();
        this.holds = new ArrayList<>(progress.holds());
        this.declines = new ArrayList<>(progress.declines());
        this.flags = new ArrayList<>(progress.flags());
        this.closure = progress.closure();
        this.clocks = new EnumMap<>(progress.clocks());
        this.breaches = new ClockBreaches(this, progress.breachesAnnounced());
        this.version = progress.version();
    }

    /**
     * Registers a complaint received on {@code details.receivedDate()}, which cannot be after
     * {@code today}: a clock would otherwise start in the future. The routing policy proposes the
     * procedure with its reasons. A complainant whose standing rests on sufficient interest waits
     * for the council's standing decision (its own clock) before stage 1 opens; everyone else's
     * stage 1 clock starts on receipt.
     */
    public static Registration register(UUID id, CaseReference reference, NewComplaint details, LocalDate today,
            IntakeTimescales timescales) {
        if (details.receivedDate().isAfter(today)) {
            throw new RuleViolation("intake.received-date-in-future", ProblemKind.UNPROCESSABLE, "receivedDate",
                    "receivedDate " + details.receivedDate() + " is after today (" + today + ")");
        }
        if (details.matterArose() != null && details.matterArose().isAfter(details.receivedDate())) {
            throw new RuleViolation("intake.matter-after-receipt", ProblemKind.UNPROCESSABLE, "matterArose",
                    "matterArose cannot be after receivedDate");
        }
        boolean standingToDecide = details.complainantRole() == ComplainantRole.SUFFICIENT_INTEREST;
        ComplaintState state = standingToDecide ? ComplaintState.AWAITING_STANDING_DECISION : ComplaintState.STAGE_1_OPEN;
        Map<ClockKind, StatutoryClock> clocks = standingToDecide
                ? Map.of(ClockKind.STANDING_DECISION, timescales.standingDecisionFrom(details.receivedDate()))
                : Map.of(ClockKind.STAGE_1, timescales.stageOneFrom(details.receivedDate()));
        Routing routing = Routing.proposed(RoutingPolicy.propose(details.subjectMatters(), details.complainantRole()));
        Complaint complaint = new Complaint(id, reference, details, Progress.atIntake(state, routing, clocks));
        return new Registration(complaint, complaint.announce().registered(today));
    }

    /**
     * A registered complaint and what registering it announced: registered, routed and, when
     * stage 1 opens on receipt, stage-opened, in that order.
     */
    public record Registration(Complaint complaint, Change change) {

        /** The registered event, which comes first. */
        public ComplaintRegistered registered() {
            return (ComplaintRegistered) change.events().get(0);
        }
    }

    /** Routing and the out-of-time and standing decisions. */
    public IntakeCommands intake() {
        return new IntakeCommands(this);
    }

    /** Stage 1 commands: extension and response. */
    public StageOneCommands stageOne() {
        return new StageOneCommands(this);
    }

    /** Stage 2 commands: request, statement, adjudication. */
    public StageTwoCommands stageTwo() {
        return new StageTwoCommands(this);
    }

    /** Stage 3 commands: request, panel, report, response. */
    public StageThreeCommands stageThree() {
        return new StageThreeCommands(this);
    }

    /** Putting the complaint on hold and releasing it. */
    public HoldCommands holds() {
        return new HoldCommands(this);
    }

    /** Declining the complaint while proceedings run, and taking it up again when they end. */
    public DeclineCommands declines() {
        return new DeclineCommands(this);
    }

    /** Closing the complaint for a reason from the fixed list. */
    public ClosureCommands closure() {
        return new ClosureCommands(this);
    }

    /** Recording the Ombudsman's decision. */
    public OmbudsmanCommands ombudsman() {
        return new OmbudsmanCommands(this);
    }

    Announcements announce() {
        return new Announcements(this);
    }

    /** The breach of {@code kind} if it is overdue on {@code today}, whether announced yet or not. */
    public Optional<ClockBreached> breachOf(ClockKind kind, LocalDate today) {
        return breaches.overdue(kind, clocks.get(kind), today);
    }

    /**
     * The breach sweep's announcement of {@code kind}'s breach, found on {@code today}: the clock is
     * running and overdue, and its breach was not announced yet (a step recorded late may have
     * announced it); see {@link ClockBreaches}.
     */
    public Optional<Change> announceBreach(ClockKind kind, LocalDate today) {
        return breaches.announceOverdue(kind, clocks.get(kind), today);
    }

    /**
     * Every flag raised by the end of {@code today}, resolved or not (DOMAIN §5: flags are history):
     * the recorded flags, then the conditions read from the complaint's dates ({@link FlagConditions}):
     * holds and declines past their review dates, a standing decision past its due date.
     */
    public List<Flag> flagsOn(LocalDate today) {
        List<Flag> all = new ArrayList<>(flags);
        all.addAll(new FlagConditions(this).raisedBy(today));
        return all;
    }

    /**
     * The complaint as it stood at the end of {@code day} ({@link ComplaintAsOf}): steps recorded as happening
     * after it left out, clocks read from what had happened by then. A complaint received after {@code day} did
     * not exist then, and is not found ({@code complaint.not-yet-received}).
     */
    public Complaint asOf(LocalDate day, WorkingDayCalendar calendar) {
        if (day.isBefore(details.receivedDate())) {
            throw new RuleViolation("complaint.not-yet-received", ProblemKind.NOT_FOUND, "asOf", "complaint "
                    + reference + " was received on " + details.receivedDate() + ", after " + day);
        }
        return new Complaint(id, reference, details, new ComplaintAsOf(day, calendar).of(this));
    }

    /** The flags that stood at the end of {@code today}: raised and not resolved. */
    public List<Flag> activeFlagsOn(LocalDate today) {
        return flagsOn(today).stream().filter(flag -> flag.activeOn(today)).toList();
    }

    /**
     * Records a flag with {@code change}, raised on the day the step it concerns happened (the first dated
     * line of the change), or {@code today} when the change records no dated fact: a step recorded late
     * was not right on the day it was taken, and the annual report counts it in that day's period.
     */
    Change raise(Change change, String code, LocalDate today, String detail) {
        LocalDate raisedOn = change.notes().stream().map(TimelineNote::happenedOn).filter(day -> day != null)
                .findFirst().orElse(today);
        flags.add(new Flag(code, raisedOn, detail));
        List<TimelineNote> notes = new ArrayList<>(change.notes());
        notes.add(new TimelineNote("flag." + code, detail, raisedOn));
        return new Change(change.events(), notes);
    }

    /** The condition flags (not the recorded ones) that stood at the end of {@code today}. */
    List<Flag> activeConditionsOn(LocalDate today) {
        return new FlagConditions(this).raisedBy(today).stream().filter(flag -> flag.activeOn(today)).toList();
    }

    /**
     * {@code change}, which ended a hold, a decline or the wait for a standing decision, with a timeline
     * line for each condition flag that stood before it ({@code activeBefore}) and that it resolved, dated
     * the day the flag was raised: no line marked the condition while it lasted (that would need a daily
     * sweep), so the line recorded when it ends keeps the evidence on the timeline.
     */
    Change noteFlagsResolved(Change change, List<Flag> activeBefore, LocalDate today) {
        List<TimelineNote> notes = new ArrayList<>(change.notes());
        new FlagConditions(this).raisedBy(today).stream()
                .filter(flag -> !flag.activeOn(today))
                .filter(flag -> activeBefore.stream().anyMatch(before -> before.code().equals(flag.code())
                        && before.raisedOn().equals(flag.raisedOn())))
                .forEach(flag -> notes.add(new TimelineNote("flag." + flag.code(), flag.detail(), flag.raisedOn())));
        return new Change(change.events(), notes, change.announcementOnly());
    }

    /**
     * Stops {@code kind} on {@code on}, MET or MISSED. A clock stopped after its due date whose breach
     * was never announced has it announced with the step, recorded {@code today}: the command passes
     * its change through {@link #announceBreachesFound}.
     */
    ClockState stopClock(ClockKind kind, LocalDate on, LocalDate today) {
        StatutoryClock stopped = clock(kind).stop(on);
        clocks.put(kind, stopped);
        breaches.stopped(kind, stopped, today);
        return stopped.snapshotOn(on).state();
    }

    /** {@code change} with the breaches of the clocks its command stopped late announced first. */
    Change announceBreachesFound(Change change) {
        return breaches.announceFound(change);
    }

    /**
     * Whether a clock was stopped after its due date without its breach going into the change: a
     * command that forgot to announce it, which must not be stored.
     */
    public boolean hasBreachUnannounced() {
        return breaches.foundUnannounced();
    }

    StatutoryClock clock(ClockKind kind) {
        return Optional.ofNullable(clocks.get(kind)).orElseThrow(
                () -> new IllegalStateException("complaint " + reference + " has no " + kind + " clock"));
    }

    /**
     * A fact recorded about the complaint (a decision, a telling, a hold, a closure) happened by today
     * and not before the complaint was received: nothing can be done about a complaint the council did
     * not yet have, so an earlier date is a mistake in the record.
     */
    void requireHappened(LocalDate date, LocalDate today, String field) {
        Dates.notInFuture(date, today, field);
        if (date.isBefore(details.receivedDate())) {
            throw new RuleViolation("date.before-receipt", ProblemKind.UNPROCESSABLE, field,
                    field + " " + date + " is before the complaint was received (" + details.receivedDate() + ")");
        }
    }

    /** Refuses a step on the complaint's substance while it is on hold or declined as a whole. */
    void requireNotOnHold(String action) {
        if (openHold().isPresent()) {
            throw new RuleViolation("hold.on-hold", ProblemKind.CONFLICT, "cannot " + action + " while on hold");
        }
        if (openDecline().filter(decline -> decline.scope() == Decline.Scope.WHOLE).isPresent()) {
            throw new RuleViolation("decline.declined", ProblemKind.CONFLICT, "cannot " + action
                    + " while the complaint is declined pending proceedings");
        }
    }

    void requireNotFinished(String action) {
        if (state.isFinished()) {
            throw new RuleViolation("complaint.transition-not-allowed", ProblemKind.CONFLICT,
                    "cannot " + action + ": the complaint is " + state);
        }
    }

    void stopRunningClocks(LocalDate on, LocalDate today) {
        runningClocks().forEach(kind -> stopClock(kind, on, today));
    }

    /** Pauses every running clock from {@code on}. */
    void pauseRunningClocks(LocalDate on) {
        runningClocks().forEach(kind -> clocks.put(kind, clock(kind).pause(on)));
    }

    /** Resumes every paused clock on {@code on}, with the working days it had left. */
    void resumePausedClocks(LocalDate on) {
        runningClocks().stream().filter(kind -> clock(kind).openPause().isPresent())
                .forEach(kind -> clocks.put(kind, clock(kind).resume(on)));
    }

    private List<ClockKind> runningClocks() {
        return clocks.entrySet().stream().filter(e -> e.getValue().stoppedOn().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public Optional<Hold> openHold() {
        return holds.isEmpty() ? Optional.empty() : Optional.of(holds.get(holds.size() - 1)).filter(Hold::open);
    }

    public Optional<Decline> openDecline() {
        return declines.isEmpty() ? Optional.empty()
                : Optional.of(declines.get(declines.size() - 1)).filter(Decline::open);
    }

    /** The same complaint at the version its save stored: what the answer to the change shows. */
    public Complaint storedAs(long storedVersion) {
        Progress progress = progress();
        return new Complaint(id, reference, details, new Progress(progress.state(), progress.routing(),
                progress.outOfTime(), progress.standing(), progress.stageOneExtension(), progress.stageOneResponse(),
                progress.stageTwo(), progress.stageThree(), progress.ombudsman(), progress.holds(),
                progress.declines(), progress.flags(), progress.closure(), progress.clocks(),
                progress.breachesAnnounced(), storedVersion));
    }

    public Progress progress() {
        return new Progress(state, routing, outOfTime, standing, stageOneExtension, stageOneResponse, stageTwo,
                stageThree, ombudsman, holds, declines, flags, closure, clocks, breaches.announcedOn(), version);
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

    /** The stage 1 clock; empty while a sufficient-interest complainant's standing is undecided. */
    public Optional<StatutoryClock> stageOneClock() {
        return Optional.ofNullable(clocks.get(ClockKind.STAGE_1));
    }

    public Map<ClockKind, StatutoryClock> clocks() {
        return Map.copyOf(clocks);
    }

    public long version() {
        return version;
    }
}
