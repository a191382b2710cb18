package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.redress.contracts.events.RemedyEvent;
import org.redress.remedies.remedycases.domain.Change;
import org.redress.remedies.remedycases.domain.RemedyCase;
import org.redress.remedies.remedycases.domain.RemedyCaseRepository;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.changes.AggregateChanges;
import org.redress.servicekit.outbox.EventOutbox;

/**
 * The one unit of work for a remedy case: load it, refuse a stale If-Match, let the domain decide,
 * store the case and its timeline, append its events to the outbox and record it in the audit
 * trail, all in the caller's transaction, so a change is never stored without its events or the
 * other way round. A newly opened case goes through {@link #open}.
 */
@Singleton
public class RemedyCaseChanges extends AggregateChanges<RemedyCase, Change> {

    private final RemedyCaseRepository remedyCases;

    public RemedyCaseChanges(RemedyCaseRepository remedyCases, EventOutbox outbox, AuditTrail audit, Clock clock) {
        super("remedy-case", outbox, audit, clock);
        this.remedyCases = remedyCases;
    }

    /** Stores a case just opened with its first timeline entries, appends the events that announce it and audits it. */
    public RemedyCase open(RemedyCase.Opening opening) {
        return commit(opening.remedyCase(), new Change(opening.remedyCase(), opening.events(), opening.timeline()), null,
                "remedy-case.opened");
    }

    @Override
    protected Optional<RemedyCase> find(UUID id) {
        return remedyCases.find(id);
    }

    @Override
    protected long versionOf(RemedyCase remedyCase) {
        return remedyCase.version();
    }

    @Override
    protected RemedyCase store(RemedyCase loaded, Change change, Long expectedVersion) {
        remedyCases.save(change, expectedVersion);
        return change.remedyCase();
    }

    @Override
    protected List<RemedyEvent> eventsOf(Change change) {
        return change.events();
    }

    @Override
    protected UUID idOf(RemedyCase remedyCase) {
        return remedyCase.id();
    }
}
