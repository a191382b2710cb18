package org.redress.complaints.stageone.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.application.RecordDecision;
import org.redress.complaints.complaint.domain.Complaint;

/**
 * Records the stage 1 response with its recommendations; agreed actions go to remedy-service as
 * ActionsAgreed (STAGE_1).
 */
@ApplicationScoped
public class RespondingAtStageOne {

    private final ComplaintChanges changes;

    public RespondingAtStageOne(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint respond(UUID id, RecordDecision command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-1-responded", (complaint, today) -> complaint.stageOne().respond(
                command.decidedOn(), command.findings(), command.actions(), command.recommendations(), today));
    }
}
