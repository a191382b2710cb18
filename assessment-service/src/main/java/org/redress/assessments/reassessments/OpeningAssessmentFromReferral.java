package org.redress.assessments.reassessments;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.assessments.reassessments.domain.Assessment;
import org.redress.assessments.reassessments.domain.AssessmentRepository;
import org.redress.assessments.referrals.domain.AssessmentStarter;
import org.redress.contracts.CaseReference;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Opens the child in need assessment a referral's s17 decision asks for, in the decision's
 * transaction, and announces it.
 */
@ApplicationScoped
public class OpeningAssessmentFromReferral implements AssessmentStarter {

    private static final Logger LOG = Logger.getLogger(OpeningAssessmentFromReferral.class);

    private final AssessmentRepository assessments;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;

    public OpeningAssessmentFromReferral(AssessmentRepository assessments, EventOutbox outbox, AuditTrail audit,
            WorkingDayCalendar calendar) {
        this.assessments = assessments;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID startChildInNeedAssessment(ReferralForAssessment referral, LocalDate today) {
        CaseReference reference = new CaseReference(Assessment.REFERENCE_PREFIX, today.getYear(),
                assessments.nextReferenceSerial());
        Assessment.Opening opening = Assessment.openFromReferral(UUID.randomUUID(), reference, referral.referralId(),
                referral.childRef(), referral.receivedDate(), referral.disabledChild(), calendar);
        assessments.add(opening.assessment());
        UUID eventId = outbox.append(opening.event());
        audit.record("assessment.opened-from-referral", "assessment", opening.assessment().id().toString());
        LOG.infof("assessment %s opened from referral %s; due %s; event %s", reference, referral.referralId(),
                opening.assessment().dueDate(), eventId);
        return opening.assessment().id();
    }
}
