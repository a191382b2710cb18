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
    private final AssessmentAccess access;

    public AssessmentChanges(AssessmentRepository assessments, EventOutbox outbox, AuditTrail audit, Clock clock,
            AssessmentAccess access) {
        super("assessment", outbox, audit, clock);
        this.assessments = assessments;
        this.access = access;
    }

    /**
     * The stored version of the assessment with this id, its ETag; an unknown id breaks the rule
     * {@code not-found}.
     */
    public long version(UUID id) {
        return assessments.versionOf(id).orElseGet(() -> versionOf(load(id)));
    }

    /**
     * An assessment outside the caller's scope is not found, for reading and for changing alike: a 404 exactly as
     * for an id that does not exist, so that someone with no part in it cannot tell it is there.
     */
    @Override
    protected Optional<Assessment> find(UUID id) {
        return assessments.find(id).filter(access.scope()::includes);
    }

    /**
     * The assessment with this id for a read (GET), and whether the reader broke the glass to see it: with a
     * reason given ({@code breakingGlass}), a team manager reads one outside their scope, which the caller records
     * as a break-glass read. Anyone else, or without a reason, finds it only in their scope.
     */
    public Read read(UUID id, boolean breakingGlass) {
        Optional<Assessment> inScope = find(id);
        if (inScope.isPresent()) {
            return new Read(inScope.get(), false);
        }
        if (breakingGlass && access.mayBreakGlass()) {
            Optional<Assessment> outside = assessments.find(id);
            if (outside.isPresent()) {
                return new Read(outside.get(), true);
            }
        }
        // not in the scope, and no glass broken: not found, as for an unknown id
        return new Read(load(id), false);
    }

    /** What a read found: the assessment, and whether it lay outside the reader's scope (break-glass). */
    public record Read(Assessment assessment, boolean brokeGlass) {
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
