package org.redress.complaints.intake.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.complaint.domain.ComplaintRepository;
import org.redress.complaints.complaint.domain.IntakeTimescales;
import org.redress.complaints.complaint.domain.NewComplaint;
import org.redress.contracts.CaseReference;
import org.redress.statutorytime.WorkingDayCalendar;

/** Records a new complaint and announces it (registered, routed, stage opened), in one transaction. */
@ApplicationScoped
public class RegisteringComplaint {

    static final String REFERENCE_PREFIX = "CMP";

    private final ComplaintRepository complaints;
    private final ComplaintChanges changes;
    private final IntakeTimescales timescales;
    private final Clock clock;

    public RegisteringComplaint(ComplaintRepository complaints, ComplaintChanges changes, WorkingDayCalendar calendar,
            IntakeConfig config, Clock clock) {
        this.complaints = complaints;
        this.changes = changes;
        this.timescales = new IntakeTimescales(calendar, config.standingDecisionWorkingDays());
        this.clock = clock;
    }

    @Transactional
    public Complaint register(NewComplaint details) {
        CaseReference reference = new CaseReference(REFERENCE_PREFIX, details.receivedDate().getYear(),
                complaints.nextReferenceSerial());
        Complaint.Registration registration = Complaint.register(UUID.randomUUID(), reference, details,
                LocalDate.now(clock), timescales);
        // registered, routed and (when stage 1 opens on receipt) stage-opened, in this order, in this transaction
        return changes.commit(registration.complaint(), registration.change(), null, "complaint.registered");
    }
}
