package org.redress.assessments.referrals.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.assessments.referrals.domain.NewReferral;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records a new referral and announces it, in one transaction. */
@ApplicationScoped
public class ReceivingReferral {

    private static final Logger LOG = Logger.getLogger(ReceivingReferral.class);

    private final ReferralRepository referrals;
    private final ReferralChanges changes;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public ReceivingReferral(ReferralRepository referrals, ReferralChanges changes, WorkingDayCalendar calendar,
            Clock clock) {
        this.referrals = referrals;
        this.changes = changes;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Referral receive(NewReferral details) {
        CaseReference reference = new CaseReference(Referral.REFERENCE_PREFIX, details.receivedDate().getYear(),
                referrals.nextReferenceSerial());
        Referral.Receipt receipt = Referral.receive(UUID.randomUUID(), reference, details, LocalDate.now(clock),
                calendar);
        Referral referral = changes.commit(receipt.referral(), ReferralChange.received(receipt), null,
                "referral.received");
        LOG.infof("referral %s received; decision due %s", reference, referral.decisionDueDate());
        return referral;
    }
}
