package org.redress.complaints.complaint.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.complaints.complaint.domain.Change;
import org.redress.complaints.complaint.domain.ClockKind;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.ComplaintRepository.ClockRef;
import org.redress.complaints.complaint.domain.ComplaintTimeline;
import org.redress.contracts.events.ClockBreached;
import org.redress.contracts.events.ComplaintEvent;
import org.redress.contracts.events.ComplaintRegistered;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.changes.AggregateChanges;
import org.redress.servicekit.outbox.EventOutbox;

/**
 * The unit of work every change to a complaint goes through: registering it, every command of
 * the procedure and the breach sweep. Besides the complaint, its events and its audit entry, a
 * complaint's change carries the lines for its timeline, written in the same transaction.
 *
 * <p>What is stored follows from what the change is: a registration adds the complaint; the sweep's
 * announcement of a breach changes nothing else (the complaint itself, and so its version and its
 * other clocks' rows, stay as they are); every other change saves the complaint, its stored version
 * checked. Every breach a change announces, the sweep's or one a step recorded late revealed, marks
 * its clock's breach reported; a breach another transaction announced first refuses the change
 * (409), so that it is announced once.
 */
@Singleton
public class ComplaintChanges extends AggregateChanges<Complaint, Change> {

    private static final Logger LOG = Logger.getLogger(ComplaintChanges.class);

    private final ComplaintRepository complaints;
    private final ComplaintTimeline timeline;
    private final ComplaintAccess access;

    public ComplaintChanges(ComplaintRepository complaints, ComplaintTimeline timeline, EventOutbox outbox,
            AuditTrail audit, Clock clock, ComplaintAccess access) {
        super("complaint", outbox, audit, clock);
        this.complaints = complaints;
        this.timeline = timeline;
        this.access = access;
    }

    /** Commits the change as every aggregate does, then logs it by the complaint's reference (never its narrative). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint commit(Complaint complaint, Change change, Long expectedVersion, String action) {
        Complaint stored = super.commit(complaint, change, expectedVersion, action);
        LOG.infof("complaint %s: %s; %d events", stored.reference(), action, change.events().size());
        return stored;
    }

    /**
     * A complaint outside the caller's scope is not found, for reading and for changing alike: a 404 exactly
     * as for an id that does not exist, so that an officer not appointed to it cannot tell it is there.
     */
    @Override
    protected Optional<Complaint> find(UUID id) {
        return complaints.find(id).filter(access.scope()::includes);
    }

    @Override
    protected long versionOf(Complaint complaint) {
        return complaint.version();
    }

    @Override
    protected Complaint store(Complaint complaint, Change change, Long expectedVersion) {
        if (complaint.hasBreachUnannounced()) {
            throw new IllegalStateException("complaint " + complaint.reference()
                    + ": a clock stopped after its due date without its breach announced in the change");
        }
        Complaint stored = complaint;
        if (registers(change)) {
            complaints.add(complaint);
        } else if (!change.announcementOnly()) {
            // the answer shows the version the save stored, so its ETag is the one the next change sends
            stored = complaint.storedAs(complaints.save(complaint));
        }
        markBreachesReported(complaint, change);
        timeline.append(complaint.id(), change.notes());
        return stored;
    }

    /**
     * Marks each breach the change announces as reported, on the day the complaint says it was
     * announced. A mark already there means a sweep announced the breach after this complaint was
     * read (the sweep holds the clock row until it commits): the change is refused as a concurrent
     * update, and the step recorded again finds the breach announced.
     */
    private void markBreachesReported(Complaint complaint, Change change) {
        for (ComplaintEvent event : change.events()) {
            if (event instanceof ClockBreached breach) {
                ClockKind kind = ClockKind.valueOf(breach.clock());
                LocalDate announcedOn = complaint.progress().breachesAnnounced().get(kind);
                if (!complaints.markBreachReported(new ClockRef(complaint.id(), kind), announcedOn)) {
                    throw new OptimisticLockException("complaint " + complaint.reference() + ": the breach of " + kind
                            + " was announced meanwhile");
                }
            }
        }
    }

    @Override
    protected List<ComplaintEvent> eventsOf(Change change) {
        return change.events();
    }

    @Override
    protected UUID idOf(Complaint complaint) {
        return complaint.id();
    }

    private static boolean registers(Change change) {
        return !change.events().isEmpty() && change.events().get(0) instanceof ComplaintRegistered;
    }
}
