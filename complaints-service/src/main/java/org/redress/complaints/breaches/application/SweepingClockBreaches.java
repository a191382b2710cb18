package org.redress.complaints.breaches.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Change;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.ComplaintRepository.ClockRef;
import org.redress.contracts.events.ClockBreached;
import org.redress.servicekit.sweep.Sweep;

/**
 * Finds running clocks past their due date and announces each breach once: the clock rows are
 * claimed with FOR UPDATE SKIP LOCKED, so two instances never take the same row, and the
 * "breach reported" mark commits with the outbox event, so a breach is never announced twice
 * nor lost. Clocks cannot be missed silently (Ombudsman: requests left unprogressed for months).
 * A step recorded after its due date announces the breach itself when no sweep came first; the
 * complaint knows which breaches were announced (see its {@code announceBreach}).
 */
@ApplicationScoped
public class SweepingClockBreaches implements Sweep {

    /** The sweep's name: its settings are {@code redress.sweeps.clock-breach.*}. */
    public static final String NAME = "clock-breach";
    private static final Logger LOG = Logger.getLogger(SweepingClockBreaches.class);

    private final ComplaintRepository complaints;
    private final ComplaintChanges changes;

    public SweepingClockBreaches(ComplaintRepository complaints, ComplaintChanges changes) {
        this.complaints = complaints;
        this.changes = changes;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Announces the clocks breached as of {@code today} among at most {@code batchSize} claimed. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Batch sweepBatch(LocalDate today, int batchSize) {
        List<ClockRef> claimed = complaints.claimOverdueClocks(today, batchSize);
        int announced = 0;
        for (ClockRef ref : claimed) {
            Optional<Complaint> complaint = complaints.find(ref.complaintId());
            Optional<Change> announcement = complaint.flatMap(c -> c.announceBreach(ref.kind(), today));
            if (announcement.isPresent()) {
                announce(complaint.get(), ref, announcement.get());
                announced++;
            }
        }
        return new Batch(claimed.size(), announced);
    }

    private void announce(Complaint complaint, ClockRef ref, Change announcement) {
        ClockBreached breach = (ClockBreached) announcement.events().get(0);
        changes.commit(complaint, announcement, null, "complaint.clock-breached");
        LOG.infof("complaint %s: clock %s breached (due %s)", breach.complaintReference(), ref.kind(),
                breach.dueDate());
    }
}
