package org.redress.complaints.intake.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Overrides the proposed procedure with a reason; away from statutory for a Part 3 matter is flagged. */
@ApplicationScoped
public class OverridingRouting {

    private final ComplaintChanges changes;

    public OverridingRouting(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint override(UUID id, OverrideRouting command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.routing-overridden",
                (complaint, today) -> complaint.intake().overrideRouting(command.procedure(), command.reason(),
                        command.decidedOn(), today));
    }
}
