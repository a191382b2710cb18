package org.redress.assessments.referrals.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.contracts.events.RedressEvent;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.changes.AggregateChanges;
import org.redress.servicekit.outbox.EventOutbox;

/** The one unit of work for a referral: every change to one is stored, announced and audited here. */
@Singleton
public class ReferralChanges extends AggregateChanges<Referral, ReferralChange> {

    private final ReferralRepository referrals;

    public ReferralChanges(ReferralRepository referrals, EventOutbox outbox, AuditTrail audit, Clock clock) {
        super("referral", outbox, audit, clock);
        this.referrals = referrals;
    }

    /**
     * The stored version of the referral with this id, its ETag; an unknown id breaks the rule
     * {@code not-found}.
     */
    public long version(UUID id) {
        return referrals.versionOf(id).orElseGet(() -> versionOf(load(id)));
    }

    @Override
    protected Optional<Referral> find(UUID id) {
        return referrals.find(id);
    }

    @Override
    protected long versionOf(Referral referral) {
        return referrals.versionOf(referral.id()).orElseThrow();
    }

    @Override
    protected Referral store(Referral loaded, ReferralChange change, Long expectedVersion) {
        switch (change.kind()) {
            case RECEIVED -> referrals.add(change.referral());
            // the row is managed in this transaction: its version is checked and bumped on flush
            case DECIDED -> referrals.update(change.referral());
            case BREACH_REPORTED -> referrals.markBreachReported(change.referral().id());
        }
        return change.referral();
    }

    @Override
    protected List<? extends RedressEvent> eventsOf(ReferralChange change) {
        return change.events();
    }

    @Override
    protected UUID idOf(Referral referral) {
        return referral.id();
    }
}
