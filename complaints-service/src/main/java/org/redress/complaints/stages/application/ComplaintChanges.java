package org.redress.complaints.stages.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;
import org.redress.complaints.intake.domain.Change;
import org.redress.complaints.intake.domain.Complaint;
import org.redress.complaints.intake.domain.ComplaintRepository;
import org.redress.complaints.timeline.Timeline;
import org.redress.contracts.events.ComplaintEvent;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;

/**
 * The unit of work every complaint use case shares: load, command, save (optimistic version
 * checked), then the events, the timeline lines and the audit entry, all in the caller's
 * transaction so that either all of it commits or none.
 */
@ApplicationScoped
public class ComplaintChanges {

    private static final Logger LOG = Logger.getLogger(ComplaintChanges.class);

    private final ComplaintRepository complaints;
    private final EventOutbox outbox;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    public ComplaintChanges(ComplaintRepository complaints, EventOutbox outbox, Timeline timeline, AuditTrail audit,
            Clock clock) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Runs {@code command} on the complaint with {@code today}; {@code action} names it in the audit
     * trail. With an {@code expectedVersion} (the If-Match of the request), a complaint changed since
     * the caller read it is refused (409 concurrent-update) before anything is decided on a stale read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint apply(UUID id, Long expectedVersion, String action, BiFunction<Complaint, LocalDate, Change> command) {
        Complaint complaint = complaints.find(id).orElseThrow(() -> new NotFoundException("no complaint with id " + id));
        if (expectedVersion != null && expectedVersion != complaint.version()) {
            throw new OptimisticLockException("complaint " + complaint.reference() + " is at version "
                    + complaint.version() + ", not " + expectedVersion);
        }
        Change change = command.apply(complaint, LocalDate.now(clock));
        complaints.save(complaint);
        for (ComplaintEvent event : change.events()) {
            UUID eventId = outbox.append(event);
            LOG.infof("complaint %s: %s; event %s", complaint.reference(), action, eventId);
        }
        timeline.append(id, change.notes());
        audit.record(action, "complaint", id.toString());
        return complaint;
    }
}
