package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the investigating officer's appointment. */
@ApplicationScoped
public class AppointingInvestigatingOfficer {

    private final ComplaintChanges changes;

    public AppointingInvestigatingOfficer(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint appoint(UUID id, Appoint command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-io-appointed", (complaint, today) -> complaint.stageTwo().investigation()
                .appointInvestigatingOfficer(command.reference(), command.appointedOn(), today));
    }
}
