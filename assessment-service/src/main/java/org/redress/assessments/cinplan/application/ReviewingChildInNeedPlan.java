package org.redress.assessments.cinplan.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.assessments.assessment.application.AssessmentChange;
import org.redress.assessments.assessment.application.AssessmentChanges;
import org.redress.assessments.assessment.domain.Assessment;


/**
 * Starts the child in need plan that follows an assessment and records its reviews, each one
 * change of the assessment with its audit entry (first review within 3 months, then every 6; DOMAIN §3).
 */
@ApplicationScoped
public class ReviewingChildInNeedPlan {

    private final AssessmentChanges changes;

    public ReviewingChildInNeedPlan(AssessmentChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Assessment start(UUID id, LocalDate startDate, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "assessment.cin-plan-started", (a, today) -> {
            a.startPlan(startDate, today);
            return AssessmentChange.recorded();
        });
    }

    @Transactional
    public Assessment review(UUID id, LocalDate reviewedOn, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "assessment.cin-plan-reviewed", (a, today) -> {
            a.reviewPlan(reviewedOn, today);
            return AssessmentChange.recorded();
        });
    }
}
