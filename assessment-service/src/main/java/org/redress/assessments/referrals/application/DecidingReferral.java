package org.redress.assessments.referrals.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.assessments.referrals.domain.AssessmentStarter;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralDecision;

/** Records the decision on a referral's type of response and opens the assessment it asks for. */
@ApplicationScoped
public class DecidingReferral {

    private static final Logger LOG = Logger.getLogger(DecidingReferral.class);

    private final ReferralChanges changes;
    private final AssessmentStarter assessments;
    private final Clock clock;

    public DecidingReferral(ReferralChanges changes, AssessmentStarter assessments, Clock clock) {
        this.changes = changes;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Records {@code decision} as made {@code decidedOn}, or today when the caller gives no day. */
    @Transactional
    public Referral decide(UUID referralId, ReferralDecision decision, LocalDate decidedOn) {
        Referral decided = changes.apply(referralId, null, "referral.decided",
                (referral, today) -> ReferralChange.decided(referral.decide(decision,
                        decidedOn == null ? today : decidedOn, today, assessments)));
        LOG.infof("referral %s decided %s; decision clock %s", decided.reference(), decision,
                decided.decisionClock().snapshotOn(LocalDate.now(clock)).state());
        return decided;
    }
}
