package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the appointments of the council's officers to a stage 2: the investigating and the adjudicating officer. */
@ApplicationScoped
public class AppointingOfficers {

    private final ComplaintChanges changes;

    public AppointingOfficers(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint investigatingOfficer(UUID id, Appoint command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-io-appointed", (complaint, today) -> complaint.stageTwo().investigation()
                .appointInvestigatingOfficer(command.reference(), command.appointedOn(), today));
    }

    @Transactional
    public Complaint adjudicatingOfficer(UUID id, Appoint command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-ao-appointed", (complaint, today) -> complaint.stageTwo().investigation()
                .appointAdjudicatingOfficer(command.reference(), command.appointedOn(), today));
    }
}
