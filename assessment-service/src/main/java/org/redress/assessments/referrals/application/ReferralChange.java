package org.redress.assessments.referrals.application;

import java.util.List;
import java.util.Optional;

import org.redress.assessments.referrals.domain.Referral;
import org.redress.contracts.events.RedressEvent;

/**
 * What one change did to a referral (received it, decided it, or reported its decision clock
 * breach): the referral as it now is and the events it announces, in order.
 */
public record ReferralChange(Kind kind, Referral referral, List<RedressEvent> events) {

    /** How the change is stored. */
    public enum Kind {
        RECEIVED, DECIDED, BREACH_REPORTED
    }

    public ReferralChange {
        events = List.copyOf(events);
    }

    public static ReferralChange received(Referral.Receipt receipt) {
        return new ReferralChange(Kind.RECEIVED, receipt.referral(), List.of(receipt.event()));
    }

    public static ReferralChange decided(Referral decided) {
        return new ReferralChange(Kind.DECIDED, decided, List.of(decided.decidedEvent()));
    }

    public static ReferralChange breachReported(Referral referral, Optional<? extends RedressEvent> breach) {
        return new ReferralChange(Kind.BREACH_REPORTED, referral,
                breach.<List<RedressEvent>>map(List::of).orElse(List.of()));
    }
}
