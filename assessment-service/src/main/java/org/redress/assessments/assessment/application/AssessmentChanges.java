package org.redress.assessments.assessment.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.redress.assessments.assessment.domain.Assessment;
import org.redress.assessments.assessment.domain.AssessmentRepository;
import org.redress.contracts.events.RedressEvent;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.changes.AggregateChanges;
import org.redress.servicekit.outbox.EventOutbox;

/** The one unit of work for an assessment: every change to one is stored, announced and audited here. */
@Singleton
public class AssessmentChanges extends AggregateChanges<Assessment, AssessmentChange> {

    private final AssessmentRepository assessments;

    public AssessmentChanges(AssessmentRepository assessments, EventOutbox outbox, AuditTrail audit, Clock clock) {
        super("assessment", outbox, audit, clock);
        this.assessments = assessments;
    }

    /**
     * The stored version of the assessment with this id, its ETag; an unknown id breaks the rule
     * {@code not-found}.
     */
    public long version(UUID id) {
        return assessments.versionOf(id).orElseGet(() -> versionOf(load(id)));
    }

    @Override
    protected Optional<Assessment> find(UUID id) {
        return assessments.find(id);
    }

    @Override
    protected long versionOf(Assessment assessment) {
        return assessments.versionOf(assessment.id()).orElseThrow();
    }

    @Override
    protected Assessment store(Assessment loaded, AssessmentChange change, Long expectedVersion) {
        switch (change.kind()) {
            case OPENED -> assessments.add(loaded);
            // managed in this transaction: the version is checked again and bumped on flush
            case RECORDED -> assessments.update(loaded);
            case BREACH_REPORTED -> assessments.markBreachReported(loaded.id());
        }
        return loaded;
    }

    @Override
    protected List<? extends RedressEvent> eventsOf(AssessmentChange change) {
        return change.events();
    }

    @Override
    protected UUID idOf(Assessment assessment) {
        return assessment.id();
    }
}
