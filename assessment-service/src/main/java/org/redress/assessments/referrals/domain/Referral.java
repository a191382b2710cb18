package org.redress.assessments.referrals.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.AssessmentClockBreached;
import org.redress.contracts.events.ReferralDecided;
import org.redress.contracts.events.ReferralReceived;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.ClockState;
import org.redress.statutorytime.StatutoryClock;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * A referral about a child: who referred, the concerns raised, and the clock for the decision on
 * the type of response that started the day it was received.
 */
public final class Referral {

    /** Case references of referrals start with this prefix: {@code REF-2026-000123-4}. */
    public static final String REFERENCE_PREFIX = "REF";

    private final UUID id;
    private final CaseReference reference;
    private final NewReferral details;
    private final StatutoryClock decisionClock;
    private final ReferralDecision decision;
    private final UUID assessmentId;

    public Referral(UUID id, CaseReference reference, NewReferral details, StatutoryClock decisionClock) {
        this(id, reference, details, decisionClock, null, null);
    }

    public Referral(UUID id, CaseReference reference, NewReferral details, StatutoryClock decisionClock,
            ReferralDecision decision, UUID assessmentId) {
        this.id = id;
        this.reference = reference;
        this.details = details;
        this.decisionClock = decisionClock;
        this.decision = decision;
        this.assessmentId = assessmentId;
    }

    /**
     * Records the decision on the type of response, made {@code decidedOn} and recorded {@code today}
     * (not before the referral was received, not after today): the decision clock stops on the day it
     * was made, {@code MET} if that is on or before the day after receipt (Working Together 2023: one
     * working day) and {@code MISSED} otherwise, however late it is recorded (DOMAIN §5). A s17 decision opens a child in need assessment and
     * an early help decision an early help assessment, each with a clock that runs from the referral
     * (45 working days from the referral, not from the decision).
     * A referral is decided once: a second decision is a conflict, not a silent overwrite.
     */
    public Referral decide(ReferralDecision chosen, LocalDate decidedOn, LocalDate today,
            AssessmentStarter assessments) {
        if (decision != null) {
            throw new RuleViolation("referral.already-decided", ProblemKind.CONFLICT, "decision",
                    "referral " + reference + " was already decided: " + decision);
        }
        if (decidedOn.isAfter(today)) {
            throw new RuleViolation("referral.decided-in-future", ProblemKind.UNPROCESSABLE, "decidedOn",
                    "decidedOn " + decidedOn + " is after today (" + today + "): only a decision made is recorded");
        }
        if (decidedOn.isBefore(details.receivedDate())) {
            throw new RuleViolation("referral.decided-before-received", ProblemKind.UNPROCESSABLE, "decidedOn",
                    "a referral received on " + details.receivedDate() + " cannot be decided on " + decidedOn);
        }
        UUID opened = !chosen.opensAssessment() ? null
                : assessments.startAssessment(new AssessmentStarter.ReferralForAssessment(id,
                        details.childRef(), details.receivedDate(), details.disabledChild(), chosen), today);
        return new Referral(id, reference, details, decisionClock.stop(decidedOn), chosen, opened);
    }

    /**
     * What the decision was, for the event that announces it: when, against which due date, and the
     * assessment it opened.
     */
    public ReferralDecided decidedEvent() {
        LocalDate decidedOn = decisionClock.stoppedOn()
                .orElseThrow(() -> new IllegalStateException("referral " + reference + " is not decided"));
        return new ReferralDecided(id, reference.toString(), details.childRef(), decision.name(), decidedOn,
                decisionDueDate(), !decidedOn.isAfter(decisionDueDate()), assessmentId);
    }

    /**
     * The breach of the decision clock as found {@code today}: a referral still without a decision
     * after its one working day (Working Together 2023). Empty when decided or not yet overdue.
     */
    public Optional<AssessmentClockBreached> decisionClockBreach(LocalDate today) {
        if (decision != null || decisionClock.snapshotOn(today).state() != ClockState.OVERDUE) {
            return Optional.empty();
        }
        return Optional.of(new AssessmentClockBreached(id, reference.toString(), details.childRef(), "REFERRAL_DECISION",
                details.receivedDate(), decisionDueDate(), today));
    }

    /** The decision on the type of response, if made. */
    public Optional<ReferralDecision> decision() {
        return Optional.ofNullable(decision);
    }

    /** The assessment the decision opened, if it opened one. */
    public Optional<UUID> assessmentId() {
        return Optional.ofNullable(assessmentId);
    }

    /**
     * Records a referral received on {@code details.receivedDate()}, which cannot be after
     * {@code today}: the decision clock would otherwise start in the future.
     */
    public static Receipt receive(UUID id, CaseReference reference, NewReferral details, LocalDate today,
            WorkingDayCalendar calendar) {
        if (details.receivedDate().isAfter(today)) {
            throw new RuleViolation("referral.received-date-in-future", ProblemKind.UNPROCESSABLE, "receivedDate",
                    "receivedDate " + details.receivedDate() + " is after today (" + today + ")");
        }
        StatutoryClock decisionClock = ReferralDecisionTimescale.startOn(calendar, details.receivedDate());
        Referral referral = new Referral(id, reference, details, decisionClock);
        ReferralReceived event = new ReferralReceived(id, reference.toString(), details.childRef(),
                details.receivedDate(), referral.decisionDueDate());
        return new Receipt(referral, event);
    }

    /** A received referral and the event that announces it. */
    public record Receipt(Referral referral, ReferralReceived event) {
    }

    /** The day the decision on the type of response is due. */
    public LocalDate decisionDueDate() {
        return decisionClock.snapshotOn(details.receivedDate()).effectiveDueDate();
    }

    public UUID id() {
        return id;
    }

    public CaseReference reference() {
        return reference;
    }

    public NewReferral details() {
        return details;
    }

    public StatutoryClock decisionClock() {
        return decisionClock;
    }
}
