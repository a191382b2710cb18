package org.redress.assessments.assessment.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.assessments.assessment.application.AssessmentChanges;
import org.redress.assessments.assessment.domain.Assessment;

/**
 * Assessments as the API answers with them, each with the version it was read at, so that a read
 * and a change alike give the ETag an integrator sends back as If-Match.
 */
@ApplicationScoped
public class AssessmentViews {

    private final AssessmentChanges changes;
    private final Clock clock;

    public AssessmentViews(AssessmentChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * The assessment with this id as it is stored now, after a change has been committed: the
     * version is read before the assessment, so the ETag is never newer than the body it comes with.
     */
    public AssessmentView current(UUID id) {
        long version = changes.version(id);
        return AssessmentView.of(changes.load(id), LocalDate.now(clock), version);
    }

    /** {@code assessment} as it stood on {@code day} (a list's item), with the assessment's stored version. */
    public AssessmentView of(Assessment assessment, LocalDate day) {
        return AssessmentView.of(assessment, day, changes.version(assessment.id()));
    }
}
