package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.application.RecordDecision;
import org.redress.complaints.complaint.domain.Complaint;

/** Records the stage 2 adjudication; agreed actions go to remedy-service as ActionsAgreed (STAGE_2). */
@ApplicationScoped
public class AdjudicatingStageTwo {

    private final ComplaintChanges changes;

    public AdjudicatingStageTwo(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint adjudicate(UUID id, RecordDecision command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-adjudicated", (complaint, today) -> complaint.stageTwo()
                .adjudicate(command.decidedOn(), command.findings(), command.actions(), command.recommendations(),
                        command.nextStepToldOn(), today));
    }
}
