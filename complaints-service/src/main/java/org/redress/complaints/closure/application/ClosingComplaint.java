package org.redress.complaints.closure.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Closes a complaint for a reason from the fixed list. */
@ApplicationScoped
public class ClosingComplaint {

    private final ComplaintChanges changes;

    public ClosingComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint close(UUID id, Close command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.closed",
                (complaint, today) -> complaint.closure().close(command.reason(), command.closedOn(), today));
    }
}
