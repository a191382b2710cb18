package org.redress.assessments.referrals.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ReferralReceived;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
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

    public Referral(UUID id, CaseReference reference, NewReferral details, StatutoryClock decisionClock) {
        this.id = id;
        this.reference = reference;
        this.details = details;
        this.decisionClock = decisionClock;
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
