package org.redress.assessments.reassessments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.assessments.assessment.application.AssessmentChange;
import org.redress.assessments.assessment.application.AssessmentChanges;
import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.assessment.domain.RemedyLink;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ReassessmentRequested;
import org.redress.statutorytime.WorkingDayCalendar;

/**
 * Opens the assessment a remedy asked for (a reassessment of the child, or a carer's assessment of the carer it
 * names), from the day the remedy agreed it and under the conditions it agreed, and announces it, in the consumer's
 * transaction.
 */
@ApplicationScoped
public class OpeningReassessment {

    private static final Logger LOG = Logger.getLogger(OpeningReassessment.class);

    private final AssessmentRepository assessments;
    private final AssessmentChanges changes;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public OpeningReassessment(AssessmentRepository assessments, AssessmentChanges changes,
            WorkingDayCalendar calendar, Clock clock) {
        this.assessments = assessments;
        this.changes = changes;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Opens the assessment, unless this action already opened one for this child: remedy-service
     * may announce the same action again under a new event id (a retried publish), which the
     * processed-message check cannot recognise. The unique (action, child) constraint backs this
     * up when two instances race; the loser's retry then finds the winner's assessment here.
     */
    @Transactional
    public Optional<Assessment> open(ReassessmentRequested request) {
        RemedyLink remedy = new RemedyLink(request.remedyCaseId(), request.reference(), request.actionId(),
                request.complaintId(), request.dueDate());
        Optional<Assessment> existing = request.actionId() == null ? Optional.empty()
                : assessments.findForRemedyAction(request.actionId(), request.childRef());
        if (existing.isPresent()) {
            LOG.infof("reassessment action %s of %s already opened %s; nothing to do", request.actionId(),
                    request.reference(), existing.get().reference());
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        CaseReference reference = new CaseReference(Assessment.REFERENCE_PREFIX, today.getYear(),
                assessments.nextReferenceSerial());
        Assessment.Opening opening = Assessment.openForRemedy(UUID.randomUUID(), reference,
                new Assessment.Subject(request.childRef(), request.assessmentType(), request.carerRef()), remedy,
                startedOn(request, today), request.conditions(), calendar);
        // the actor is the consumer's system actor, set by the idempotent consumer
        changes.commit(opening.assessment(), AssessmentChange.opened(opening.event()), null,
                "assessment.opened-for-remedy");
        // the conditions are the remedy's narrative: counted here, never written out
        LOG.infof("%s assessment %s opened for action %s of %s from %s with %d conditions; due %s",
                opening.assessment().type(), reference, request.actionId(), request.reference(),
                opening.assessment().startDate(), request.conditions().size(), opening.assessment().dueDate());
        return Optional.of(opening.assessment());
    }

    /**
     * The day the assessment starts: the day the remedy agreed it, so that its clock counts from the remedy's own
     * date as the remedy's due date does; today for a request published before that day was carried.
     */
    private static LocalDate startedOn(ReassessmentRequested request, LocalDate today) {
        return request.agreedOn() == null ? today : request.agreedOn();
    }
}
