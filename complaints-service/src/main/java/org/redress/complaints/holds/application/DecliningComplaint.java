package org.redress.complaints.holds.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Declines a complaint, whole or in part, while legal, criminal or disciplinary proceedings run. */
@ApplicationScoped
public class DecliningComplaint {

    private final ComplaintChanges changes;

    public DecliningComplaint(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint decline(UUID id, DeclineComplaint command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.declined", (complaint, today) -> complaint.declines()
                .decline(command.scope(), command.points(), command.proceedings(), command.declinedOn(),
                        command.complainantToldInWritingOn(), command.reviewOn(), today));
    }

    /** Takes the declined complaint up again once the proceedings have ended. */
    @Transactional
    public Complaint end(UUID id, EndDecline command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.decline-ended", (complaint, today) -> complaint.declines()
                .end(command.proceedingsEndedOn(), command.resumedOn(), today));
    }
}
