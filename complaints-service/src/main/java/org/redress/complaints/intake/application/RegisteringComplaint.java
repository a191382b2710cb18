package org.redress.complaints.intake.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.complaints.intake.domain.Complaint;
import org.redress.complaints.intake.domain.ComplaintRepository;
import org.redress.complaints.intake.domain.NewComplaint;
import org.redress.complaints.intake.domain.IntakeTimescales;
import org.redress.contracts.CaseReference;
import org.redress.contracts.events.ComplaintEvent;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records a new complaint and announces it (registered, routed, stage opened), in one transaction. */
@ApplicationScoped
public class RegisteringComplaint {

    private static final Logger LOG = Logger.getLogger(RegisteringComplaint.class);
    static final String REFERENCE_PREFIX = "CMP";

    private final ComplaintRepository complaints;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final IntakeTimescales timescales;
    private final Clock clock;

    public RegisteringComplaint(ComplaintRepository complaints, EventOutbox outbox, AuditTrail audit,
            WorkingDayCalendar calendar, IntakeConfig config, Clock clock) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.audit = audit;
        this.timescales = new IntakeTimescales(calendar, config.standingDecisionWorkingDays());
        this.clock = clock;
    }

    @Transactional
    public Complaint register(NewComplaint details) {
        CaseReference reference = new CaseReference(REFERENCE_PREFIX, details.receivedDate().getYear(),
                complaints.nextReferenceSerial());
        Complaint.Registration registration = Complaint.register(UUID.randomUUID(), reference, details,
                LocalDate.now(clock), timescales);
        complaints.add(registration.complaint());
        // registered, routed and (when stage 1 opens on receipt) stage-opened, in this order, in this transaction
        for (ComplaintEvent event : registration.change().events()) {
            UUID eventId = outbox.append(event);
            LOG.infof("complaint %s registered; event %s", reference, eventId);
        }
        audit.record("complaint.registered", "complaint", registration.complaint().id().toString());
        return registration.complaint();
    }
}
