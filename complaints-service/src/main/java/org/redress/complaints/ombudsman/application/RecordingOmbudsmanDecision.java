package org.redress.complaints.ombudsman.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the Ombudsman's decision; agreed actions go to remedy-service (source OMBUDSMAN). */
@ApplicationScoped
public class RecordingOmbudsmanDecision {

    private final ComplaintChanges changes;

    public RecordingOmbudsmanDecision(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint record(UUID id, RecordOmbudsman command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.ombudsman-decided", (complaint, today) -> complaint.ombudsman().record(
                command.reference(), command.route(), command.decisionDate(), command.finding(),
                command.formalReport(), command.actions(), today));
    }
}
