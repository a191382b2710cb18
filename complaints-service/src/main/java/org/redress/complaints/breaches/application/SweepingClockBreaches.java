package org.redress.complaints.breaches.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.complaints.intake.domain.ComplaintRepository;
import org.redress.complaints.intake.domain.ComplaintRepository.ClockRef;
import org.redress.complaints.intake.domain.TimelineNote;
import org.redress.complaints.timeline.Timeline;
import org.redress.contracts.events.ClockBreached;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;
import org.redress.servicekit.security.Actor;
import org.redress.servicekit.security.CurrentActor;

/**
 * Finds running clocks past their due date and announces each breach once: the clock rows are
 * claimed with FOR UPDATE SKIP LOCKED, so two instances never take the same row, and the
 * "breach reported" mark commits with the outbox event, so a breach is never announced twice
 * nor lost. Clocks cannot be missed silently (Ombudsman: requests left unprogressed for months).
 */
@ApplicationScoped
public class SweepingClockBreaches {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(SweepingClockBreaches.class);
    private static final Actor SWEEP = Actor.system("clock-breach-sweep");

    private final ComplaintRepository complaints;
    private final EventOutbox outbox;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final CurrentActor currentActor;

    public SweepingClockBreaches(ComplaintRepository complaints, EventOutbox outbox, Timeline timeline,
            AuditTrail audit, CurrentActor currentActor) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.timeline = timeline;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    /** Announces the clocks breached as of {@code today}; returns how many. */
    @Transactional
    public int sweep(LocalDate today) {
        return currentActor.runAs(SWEEP, () -> {
            List<ClockRef> claimed = complaints.claimOverdueClocks(today, BATCH);
            int announced = 0;
            for (ClockRef ref : claimed) {
                Optional<ClockBreached> breach = complaints.find(ref.complaintId())
                        .flatMap(complaint -> complaint.breachOf(ref.kind(), today));
                if (breach.isPresent()) {
                    announce(ref, breach.get(), today);
                    announced++;
                }
            }
            return announced;
        });
    }

    private void announce(ClockRef ref, ClockBreached breach, LocalDate today) {
        complaints.markBreachReported(ref, today);
        var eventId = outbox.append(breach);
        timeline.append(ref.complaintId(), List.of(new TimelineNote("clock.breached",
                ref.kind() + " was due " + breach.dueDate())));
        audit.record("complaint.clock-breached", "complaint", ref.complaintId().toString());
        LOG.infof("complaint %s: clock %s breached (due %s); event %s", breach.complaintReference(), ref.kind(),
                breach.dueDate(), eventId);
    }
}
