package org.redress.complaints.holds.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Releases a hold; the paused clocks resume with the working days they had left. */
@ApplicationScoped
public class ReleasingHold {

    private final ComplaintChanges changes;

    public ReleasingHold(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint release(UUID id, ReleaseHold command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.hold-released",
                (complaint, today) -> complaint.holds().release(command.releasedOn(), today));
    }
}
