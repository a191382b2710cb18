package org.redress.complaints.holds.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Records a hold's review; the hold and its paused clocks go on. */
@ApplicationScoped
public class ReviewingHold {

    private final ComplaintChanges changes;

    public ReviewingHold(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint review(UUID id, ReviewHold command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.hold-reviewed",
                (complaint, today) -> complaint.holds().review(command.reviewedOn(), today));
    }
}
