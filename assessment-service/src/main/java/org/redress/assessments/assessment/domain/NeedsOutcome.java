package org.redress.assessments.assessment.domain;

import java.time.LocalDate;
import java.util.List;

import org.redress.contracts.events.AssessmentCompleted;
import org.redress.contracts.events.CarerAssessmentPrompted;
import org.redress.contracts.events.UnmetNeedOpened;

/**
 * The outcome of a completed assessment need by need (DOMAIN §3): how many eligible needs were
 * found and met, the eligible needs left unmet (each an open unmet need, announced so that it stays
 * visible until provision starts), and the carer assessments the whole-family view prompts.
 */
final class NeedsOutcome {

    private final Assessment assessment;
    private final List<Need> eligible;
    private final List<Need> unmet;

    private NeedsOutcome(Assessment assessment) {
        this.assessment = assessment;
        this.eligible = assessment.work().needs().stream().filter(Need::eligible).toList();
        this.unmet = eligible.stream().filter(Need::unmet).toList();
    }

    /** The outcome of {@code assessment}'s recorded needs. */
    static NeedsOutcome of(Assessment assessment) {
        return new NeedsOutcome(assessment);
    }

    /** The completion of the assessment on {@code today}, with its events. */
    Assessment.Completion completion(LocalDate today, List<CaringFamilyMember> prompted) {
        return new Assessment.Completion(completedEvent(today), unmet, unmetNeedsOpened(today),
                carerAssessmentsPrompted(today, prompted));
    }

    private AssessmentCompleted completedEvent(LocalDate today) {
        LocalDate due = assessment.dueDate();
        RemedyLink remedy = assessment.remedy().orElse(null);
        return new AssessmentCompleted(assessment.id(), assessment.reference().toString(), assessment.childRef(),
                assessment.type().name(), today, due, !today.isAfter(due), eligible.size(),
                eligible.size() - unmet.size(), unmet.size(), remedy == null ? null : remedy.remedyCaseId(),
                remedy == null ? null : remedy.actionId());
    }

    private List<UnmetNeedOpened> unmetNeedsOpened(LocalDate today) {
        return unmet.stream().map(need -> new UnmetNeedOpened(assessment.id(), assessment.reference().toString(),
                assessment.childRef(), need.code(), need.area().name(), need.restsOnResources(), today))
                .toList();
    }

    private List<CarerAssessmentPrompted> carerAssessmentsPrompted(LocalDate today, List<CaringFamilyMember> prompted) {
        return prompted.stream().map(carer -> new CarerAssessmentPrompted(assessment.id(),
                assessment.reference().toString(), assessment.childRef(), carer.relationship().name(),
                carer.assessmentDue().name(), today)).toList();
    }
}
