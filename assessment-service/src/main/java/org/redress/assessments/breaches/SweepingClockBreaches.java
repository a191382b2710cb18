package org.redress.assessments.breaches;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.assessments.reassessments.domain.Assessment;
import org.redress.assessments.reassessments.domain.AssessmentRepository;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;

/**
 * Reports each referral decision clock and assessment clock that ran past its due date, once:
 * the rows are claimed with {@code FOR UPDATE SKIP LOCKED}, and the "breach reported" flag is set
 * in the same transaction as the outbox row of {@code org.redress.assessment.clock-breached.v1},
 * so two instances sweeping at the same time never report one clock twice and a failed sweep
 * reports nothing (the next one retries).
 */
@ApplicationScoped
public class SweepingClockBreaches {

    /** At most this many clocks of each kind per sweep; a backlog is cleared over several sweeps. */
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SweepingClockBreaches.class);

    private final ReferralRepository referrals;
    private final AssessmentRepository assessments;
    private final EventOutbox outbox;
    private final AuditTrail audit;

    public SweepingClockBreaches(ReferralRepository referrals, AssessmentRepository assessments, EventOutbox outbox,
            AuditTrail audit) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Reports the clocks breached as of {@code today}; returns how many were reported. */
    @Transactional
    public int sweep(LocalDate today) {
        int reported = 0;
        for (Referral referral : referrals.claimUndecidedUnreported(today, BATCH)) {
            // received before today is not yet overdue when the working day is today: left for later
            var breach = referral.decisionClockBreach(today);
            if (breach.isPresent()) {
                outbox.append(breach.get());
                referrals.markBreachReported(referral.id());
                audit.record("referral.clock-breached", "referral", referral.id().toString());
                reported++;
            }
        }
        for (Assessment assessment : assessments.claimOverdueUnreported(today, BATCH)) {
            assessment.clockBreach(today).ifPresent(outbox::append);
            assessments.markBreachReported(assessment.id());
            audit.record("assessment.clock-breached", "assessment", assessment.id().toString());
            reported++;
        }
        if (reported > 0) {
            LOG.infof("clock breach sweep on %s reported %d breached clocks", today, reported);
        }
        return reported;
    }
}
