package org.redress.assessments.breaches.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.application.AssessmentChange;
import org.redress.assessments.assessment.application.AssessmentChanges;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.referrals.application.ReferralChange;
import org.redress.assessments.referrals.application.ReferralChanges;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.servicekit.sweep.Sweep;

/**
 * Reports each referral decision clock and assessment clock that ran past its due date, once:
 * the rows are claimed with {@code FOR UPDATE SKIP LOCKED}, and the "breach reported" flag is set
 * in the same transaction as the outbox row of {@code org.redress.assessment.clock-breached.v1},
 * so two instances sweeping at the same time never report one clock twice and a failed batch
 * reports nothing (the next sweep retries).
 */
@ApplicationScoped
public class ClockBreachSweep implements Sweep {

    /** The sweep's name: its settings are {@code redress.sweeps.clock-breach.*}. */
    public static final String NAME = "clock-breach";

    private final ReferralRepository referrals;
    private final AssessmentRepository assessments;
    private final ReferralChanges referralChanges;
    private final AssessmentChanges assessmentChanges;

    public ClockBreachSweep(ReferralRepository referrals, AssessmentRepository assessments,
            ReferralChanges referralChanges, AssessmentChanges assessmentChanges) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.referralChanges = referralChanges;
        this.assessmentChanges = assessmentChanges;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Claims up to {@code batchSize} clocks of each kind; the batch counts as full when either kind
     * filled it, so that a backlog of one kind is cleared over the following batches.
     */
    @Override
    public Batch sweepBatch(LocalDate today, int batchSize) {
        int reported = 0;
        List<Referral> undecided = referrals.claimUndecidedUnreported(today, batchSize);
        for (Referral referral : undecided) {
            // received before today is not yet overdue when the working day is today: left for later
            var breach = referral.decisionClockBreach(today);
            if (breach.isPresent()) {
                referralChanges.commit(referral, ReferralChange.breachReported(referral, breach), null,
                        "referral.clock-breached");
                reported++;
            }
        }
        List<Assessment> overdue = assessments.claimOverdueUnreported(today, batchSize);
        for (Assessment assessment : overdue) {
            assessmentChanges.commit(assessment, AssessmentChange.breachReported(assessment.clockBreach(today)), null,
                    "assessment.clock-breached");
            reported++;
        }
        return new Batch(Math.max(undecided.size(), overdue.size()), reported);
    }
}
