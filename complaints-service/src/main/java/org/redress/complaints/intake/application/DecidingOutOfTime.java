package org.redress.complaints.intake.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the accept/refuse decision on a complaint made more than 12 months after the matter arose. */
@ApplicationScoped
public class DecidingOutOfTime {

    private final ComplaintChanges changes;

    public DecidingOutOfTime(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint decide(UUID id, DecideOutOfTime command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.out-of-time-decided", (complaint, today) -> complaint.intake().decideOutOfTime(
                command.accepted(), command.reason(), command.decidedOn(), today));
    }
}
