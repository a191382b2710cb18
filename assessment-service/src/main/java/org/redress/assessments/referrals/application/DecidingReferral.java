package org.redress.assessments.referrals.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;
import org.redress.assessments.referrals.domain.AssessmentStarter;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralDecision;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;

/** Records the decision on a referral's type of response and opens the assessment it asks for. */
@ApplicationScoped
public class DecidingReferral {

    private static final Logger LOG = Logger.getLogger(DecidingReferral.class);

    private final ReferralRepository referrals;
    private final AssessmentStarter assessments;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public DecidingReferral(ReferralRepository referrals, AssessmentStarter assessments, EventOutbox outbox,
            AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Referral decide(UUID referralId, ReferralDecision decision) {
        Referral referral = referrals.find(referralId)
                .orElseThrow(() -> new NotFoundException("no referral with id " + referralId));
        Referral decided = referral.decide(decision, LocalDate.now(clock), assessments);
        referrals.update(decided);
        outbox.append(decided.decidedEvent());
        audit.record("referral.decided", "referral", referralId.toString());
        LOG.infof("referral %s decided %s; decision clock %s", referral.reference(), decision,
                decided.decisionClock().snapshotOn(LocalDate.now(clock)).state());
        return decided;
    }
}
