package org.redress.assessments.assessment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.Csdpa2Category;
import org.redress.assessments.assessment.domain.Need;


/**
 * The small recording actions on an open assessment (assign an assessor, record a need, record a
 * CSDPA s2 category as considered, add conditions): each one change through {@link AssessmentChanges}. Kept in one
 * class because they differ only in the domain call.
 */
@ApplicationScoped
public class RecordingAssessmentWork {

    private final AssessmentChanges changes;

    public RecordingAssessmentWork(AssessmentChanges changes) {
        this.changes = changes;
    }

    /** Assigns {@code assessor} from {@code from}, or from today when the caller gives no day. */
    @Transactional
    public Assessment assign(UUID id, String assessor, LocalDate from, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "assessment.assessor-assigned", (a, today) -> {
            a.assign(assessor, from == null ? today : from, today);
            return AssessmentChange.recorded();
        });
    }

    /** Records {@code need} as found {@code identifiedOn}, or today when the caller gives no day. */
    @Transactional
    public Assessment recordNeed(UUID id, Need need, LocalDate identifiedOn, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "assessment.need-recorded", (a, today) -> {
            a.recordNeed(need, identifiedOn == null ? today : identifiedOn, today);
            return AssessmentChange.recorded();
        });
    }

    /** Adds {@code conditions} as agreed {@code agreedOn}, or today when the caller gives no day. */
    @Transactional
    public Assessment addConditions(UUID id, List<String> conditions, LocalDate agreedOn, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "assessment.conditions-added", (a, today) -> {
            a.addConditions(conditions, agreedOn == null ? today : agreedOn, today);
            return AssessmentChange.recorded();
        });
    }

    /** Records {@code category} as considered {@code consideredOn}, or today when the caller gives no day. */
    @Transactional
    public Assessment considerCsdpa2(UUID id, Csdpa2Category category, boolean needed, LocalDate consideredOn,
            Long expectedVersion) {
        return changes.apply(id, expectedVersion, "assessment.csdpa-s2-considered", (a, today) -> {
            a.considerCsdpa2(category, needed, consideredOn == null ? today : consideredOn, today);
            return AssessmentChange.recorded();
        });
    }
}
