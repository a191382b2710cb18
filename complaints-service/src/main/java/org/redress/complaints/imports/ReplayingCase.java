package org.redress.complaints.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.domain.Complaint;
import org.redress.complaints.imports.ReplayableCase.ReadyStep;
import org.redress.complaints.intake.application.RegisteringComplaint;
import org.redress.servicekit.audit.AuditTrail;

/**
 * Replays one case in a transaction of its own: registered as POST /complaints registers it, then each
 * step through the use case its operation calls, each joining this transaction, so that the complaint,
 * its timeline, its events in the outbox and its audit entries are stored together or not at all.
 */
@ApplicationScoped
class ReplayingCase {

    private final RegisteringComplaint registering;
    private final AuditTrail audit;

    ReplayingCase(RegisteringComplaint registering, AuditTrail audit) {
        this.registering = registering;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Complaint replay(ReplayableCase imported) {
        Complaint complaint;
        try {
            complaint = registering.register(imported.registration().toNewComplaint());
        } catch (RuntimeException refused) {
            throw new LineRefusal(null, null, "registration.", refused);
        }
        for (ReadyStep ready : imported.steps()) {
            try {
                ready.step().replayOn(complaint.id(), ready.request());
            } catch (RuntimeException refused) {
                throw LineRefusal.ofStep(ready.index(), ready.step().command(), refused);
            }
        }
        // who brought the case across, beside the entries of each step it was taken through
        audit.record("complaint.imported", "complaint", complaint.id().toString());
        return complaint;
    }
}
