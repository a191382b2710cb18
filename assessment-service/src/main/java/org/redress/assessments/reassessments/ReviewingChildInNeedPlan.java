package org.redress.assessments.reassessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.redress.assessments.reassessments.domain.Assessment;
import org.redress.assessments.reassessments.domain.AssessmentRepository;
import org.redress.servicekit.audit.AuditTrail;

/**
 * Starts the child in need plan that follows an assessment and records its reviews, each in one
 * transaction with its audit entry (first review within 3 months, then every 6; DOMAIN §3).
 */
@ApplicationScoped
public class ReviewingChildInNeedPlan {

    private final AssessmentRepository assessments;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewingChildInNeedPlan(AssessmentRepository assessments, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assessment start(UUID id, LocalDate startDate, Long expectedVersion) {
        return change(id, expectedVersion, "assessment.cin-plan-started", a -> a.startPlan(startDate, LocalDate.now(clock)));
    }

    @Transactional
    public Assessment review(UUID id, LocalDate reviewedOn, Long expectedVersion) {
        return change(id, expectedVersion, "assessment.cin-plan-reviewed", a -> a.reviewPlan(reviewedOn, LocalDate.now(clock)));
    }

    private Assessment change(UUID id, Long expectedVersion, String action, Consumer<Assessment> change) {
        Assessment assessment = assessments.find(id)
                .orElseThrow(() -> new NotFoundException("no assessment with id " + id));
        if (expectedVersion != null) {
            assessments.requireVersion(id, expectedVersion);
        }
        change.accept(assessment);
        assessments.update(assessment);
        audit.record(action, "assessment", id.toString());
        return assessment;
    }
}
