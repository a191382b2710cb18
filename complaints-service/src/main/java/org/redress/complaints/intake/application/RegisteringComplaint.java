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
import org.redress.complaints.intake.domain.StageOneTimescale;
import org.redress.contracts.CaseReference;
import org.redress.servicekit.audit.AuditTrail;
import org.redress.servicekit.outbox.EventOutbox;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records a new complaint and announces it, in one transaction. */
@ApplicationScoped
public class RegisteringComplaint {

    private static final Logger LOG = Logger.getLogger(RegisteringComplaint.class);
    static final String REFERENCE_PREFIX = "CMP";

    private final ComplaintRepository complaints;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public RegisteringComplaint(ComplaintRepository complaints, EventOutbox outbox, AuditTrail audit,
            WorkingDayCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Complaint register(NewComplaint details) {
        CaseReference reference = new CaseReference(REFERENCE_PREFIX, details.receivedDate().getYear(),
                complaints.nextReferenceSerial());
        Complaint.Registration registration = Complaint.register(UUID.randomUUID(), reference, details,
                LocalDate.now(clock), StageOneTimescale.startOn(calendar, details.receivedDate()));
        complaints.add(registration.complaint());
        UUID eventId = outbox.append(registration.event());
        audit.record("complaint.registered", "complaint", registration.complaint().id().toString());
        LOG.infof("complaint %s registered; event %s", reference, eventId);
        return registration.complaint();
    }
}
