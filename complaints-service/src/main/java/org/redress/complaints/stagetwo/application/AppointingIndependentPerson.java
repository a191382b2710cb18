package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the independent person's appointment with their declaration of independence. */
@ApplicationScoped
public class AppointingIndependentPerson {

    private final ComplaintChanges changes;

    public AppointingIndependentPerson(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint appoint(UUID id, AppointIndependentPerson command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-ip-appointed", (complaint, today) -> complaint.stageTwo().investigation()
                .appointIndependentPerson(command.person(), today));
    }
}
