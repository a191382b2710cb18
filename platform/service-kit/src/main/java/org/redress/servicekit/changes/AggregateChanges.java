package org.redress.servicekit.changes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.redress.contracts.events.RedressEvent;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.correlation.LogContext;
import org.redress.servicekit.outbox.EventOutbox;

/**
 * The one unit of work every change to an aggregate goes through, in every service: load the
 * aggregate (an unknown id is the rule {@code not-found}, a 404), refuse a stale
 * {@code expectedVersion} (the request's If-Match) before anything is decided on it, let the
 * domain decide the change with today's date, store it, append its events to the outbox in the
 * order the domain gave them and record the audit entry, all in the caller's transaction, so a
 * change is never stored without its events and its audit line, nor the other way round.
 *
 * <p>One subclass per aggregate says how that aggregate is found, versioned and stored, and what
 * its domain's change value carries; the use cases pass only the domain function.
 *
 * @param <A> the aggregate
 * @param <C> what the aggregate's domain returns for a change (events, timeline lines, the
 *        changed aggregate)
 */
public abstract class AggregateChanges<A, C> {

    private final String aggregateType;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    /** {@code aggregateType} names the aggregate in "not found" problems and in the audit trail. */
    protected AggregateChanges(String aggregateType, EventOutbox outbox, AuditTrail audit, Clock clock) {
        this.aggregateType = aggregateType;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The aggregate with this id, if there is one. */
    protected abstract Optional<A> find(UUID id);

    /** The version the aggregate was read at. */
    protected abstract long versionOf(A aggregate);

    /**
     * Stores what {@code change} did to {@code loaded} (and anything else it carries, such as
     * timeline lines), checking {@code expectedVersion} again where the store can; returns the
     * aggregate as it now is.
     */
    protected abstract A store(A loaded, C change, Long expectedVersion);

    /** The events {@code change} announces, in the order they are to be published. */
    protected abstract List<? extends RedressEvent> eventsOf(C change);

    /** Today, by the service's clock. */
    protected final LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The aggregate with this id; an unknown id breaks the rule {@code not-found} (404), told in
     * words ("no remedy case with id …").
     */
    public A load(UUID id) {
        return find(id).orElseThrow(() -> new RuleViolation("not-found", ProblemKind.NOT_FOUND, "id",
                "no " + aggregateType.replace('-', ' ') + " with id " + id));
    }

    /**
     * Applies {@code decide} to the aggregate with {@code id} and today's date and commits what it
     * decided; {@code action} names the change in the audit trail. With an {@code expectedVersion},
     * an aggregate changed since the caller read it is refused (409 concurrent-update).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public A apply(UUID id, Long expectedVersion, String action, BiFunction<A, LocalDate, C> decide) {
        A aggregate = load(id);
        if (expectedVersion != null && expectedVersion != versionOf(aggregate)) {
            throw new OptimisticLockException(aggregateType + " " + id + " is at version " + versionOf(aggregate)
                    + ", not " + expectedVersion);
        }
        return commit(aggregate, decide.apply(aggregate, today()), expectedVersion, action);
    }

    /**
     * Commits a change already decided on {@code aggregate} (a new aggregate, or one a sweep or a
     * consumer loaded itself): stores it, appends its events and records the audit entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public A commit(A aggregate, C change, Long expectedVersion, String action) {
        A stored = store(aggregate, change, expectedVersion);
        for (RedressEvent event : eventsOf(change)) {
            outbox.append(event);
        }
        audit.record(action, aggregateType, idOf(stored).toString());
        LogContext.caseChanged(aggregateType, idOf(stored).toString());
        return stored;
    }

    /** The aggregate's id, for the audit trail. */
    protected abstract UUID idOf(A aggregate);
}
