package org.redress.assessments.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.assessments.assessment.domain.AssessmentType;
import org.redress.assessments.assessment.domain.OneAssessmentPerReferral;
import org.redress.assessments.assessment.domain.Team;
import org.redress.assessments.referrals.domain.Referral;
import org.redress.assessments.referrals.domain.ReferralRepository;
import org.redress.contracts.CaseReference;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.statutorytime.WorkingDayCalendar;

/** Opens an assessment of a referred child or their carer, with its clock from the referral. */
@ApplicationScoped
public class OpeningAssessment {

    private final AssessmentRepository assessments;
    private final ReferralRepository referrals;
    private final AssessmentChanges changes;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public OpeningAssessment(AssessmentRepository assessments, ReferralRepository referrals,
            AssessmentChanges changes, WorkingDayCalendar calendar, Clock clock) {
        this.assessments = assessments;
        this.referrals = referrals;
        this.changes = changes;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Assessment open(UUID referralId, AssessmentType type, Team team, List<String> conditions) {
        Referral referral = referrals.find(referralId).orElseThrow(() -> new RuleViolation(
                "assessment.referral-unknown", ProblemKind.UNPROCESSABLE, "referralId", "no referral with id " + referralId));
        OneAssessmentPerReferral.check(assessments.idForReferral(referralId, type), type);
        CaseReference reference = new CaseReference(Assessment.REFERENCE_PREFIX, LocalDate.now(clock).getYear(),
                assessments.nextReferenceSerial());
        Assessment.Opening opening = Assessment.open(UUID.randomUUID(), reference,
                new Assessment.Request(referralId, referral.details().childRef(), referral.details().receivedDate(),
                        referral.details().disabledChild(), type, team, conditions),
                calendar);
        return changes.commit(opening.assessment(), AssessmentChange.opened(opening.event()), null,
                "assessment.opened");
    }
}
