package org.redress.complaints.holds.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Puts a complaint on hold, pausing its running clocks; the complainant must have been told. */
@ApplicationScoped
public class PlacingHold {

    private final ComplaintChanges changes;

    public PlacingHold(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint hold(UUID id, PlaceHold command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.hold-placed", (complaint, today) -> complaint.holds().place(command.reason(),
                command.heldOn(), command.complainantToldOn(), command.reviewOn(), today));
    }
}
