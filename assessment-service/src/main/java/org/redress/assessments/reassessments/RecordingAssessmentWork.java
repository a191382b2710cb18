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
import org.redress.assessments.reassessments.domain.Csdpa2Category;
import org.redress.assessments.reassessments.domain.Need;
import org.redress.servicekit.audit.AuditTrail;

/**
 * The small recording actions on an open assessment (assign an assessor, record a need, record a
 * CSDPA s2 category as considered): each loads, calls the domain, saves and audits in one
 * transaction. Kept in one class because they differ only in the domain call.
 */
@ApplicationScoped
public class RecordingAssessmentWork {

    private final AssessmentRepository assessments;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordingAssessmentWork(AssessmentRepository assessments, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assessment assign(UUID id, String assessor, Long expectedVersion) {
        return change(id, expectedVersion, "assessment.assessor-assigned", a -> a.assign(assessor, LocalDate.now(clock)));
    }

    @Transactional
    public Assessment recordNeed(UUID id, Need need, Long expectedVersion) {
        return change(id, expectedVersion, "assessment.need-recorded", a -> a.recordNeed(need, LocalDate.now(clock)));
    }

    @Transactional
    public Assessment considerCsdpa2(UUID id, Csdpa2Category category, boolean needed, Long expectedVersion) {
        return change(id, expectedVersion, "assessment.csdpa-s2-considered", a -> a.considerCsdpa2(category, needed, LocalDate.now(clock)));
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
