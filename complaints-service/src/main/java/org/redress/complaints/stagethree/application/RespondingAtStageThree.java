package org.redress.complaints.stagethree.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.application.RecordDecision;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the council's response to the panel; agreed actions go to remedy-service (STAGE_3). */
@ApplicationScoped
public class RespondingAtStageThree {

    private final ComplaintChanges changes;

    public RespondingAtStageThree(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint respond(UUID id, RecordDecision command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-3-responded", (complaint, today) -> complaint.stageThree()
                .respond(command.decidedOn(), command.recommendations(), command.actions(),
                        command.nextStepToldOn(), today));
    }
}
