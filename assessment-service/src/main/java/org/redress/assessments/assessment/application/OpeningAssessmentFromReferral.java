package org.redress.assessments.assessment.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.referrals.domain.AssessmentStarter;
import org.redress.assessments.referrals.domain.ReferralDecision;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Opens the assessment a referral's decision asks for (s17: child in need; early help: early help),
 * in the decision's transaction, and announces it.
 */
@ApplicationScoped
public class OpeningAssessmentFromReferral implements AssessmentStarter {

    private static final Logger LOG = Logger.getLogger(OpeningAssessmentFromReferral.class);

    private final AssessmentRepository assessments;
    private final AssessmentChanges changes;
    private final WorkingDayCalendar calendar;

    public OpeningAssessmentFromReferral(AssessmentRepository assessments, AssessmentChanges changes,
            WorkingDayCalendar calendar) {
        this.assessments = assessments;
        this.changes = changes;
        this.calendar = calendar;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID startAssessment(ReferralForAssessment referral, LocalDate today) {
        AssessmentType type = typeFor(referral.decision());
        // a social worker may have opened it before the decision was recorded: the decision then
        // follows that assessment (one per referral and type) instead of failing or opening a second
        Optional<UUID> existing = assessments.idForReferral(referral.referralId(), type);
        if (existing.isPresent()) {
            LOG.infof("referral %s decided; its %s assessment %s was already open", referral.referralId(), type,
                    existing.get());
            return existing.get();
        }
        CaseReference reference = new CaseReference(Assessment.REFERENCE_PREFIX, today.getYear(),
                assessments.nextReferenceSerial());
        Assessment.Opening opening = Assessment.openFromReferral(UUID.randomUUID(), reference, referral.referralId(),
                referral.childRef(), referral.receivedDate(), referral.disabledChild(), type, calendar);
        changes.commit(opening.assessment(), AssessmentChange.opened(opening.event()), null,
                "assessment.opened-from-referral");
        LOG.infof("assessment %s opened from referral %s; due %s", reference, referral.referralId(),
                opening.assessment().dueDate());
        return opening.assessment().id();
    }

    private static AssessmentType typeFor(ReferralDecision decision) {
        return switch (decision) {
            case S17_ASSESSMENT -> AssessmentType.CHILD_IN_NEED;
            case EARLY_HELP -> AssessmentType.EARLY_HELP;
            case NO_FURTHER_ACTION, S47_ENQUIRY -> throw new IllegalArgumentException(
                    "a " + decision + " decision opens no assessment");
        };
    }
}
