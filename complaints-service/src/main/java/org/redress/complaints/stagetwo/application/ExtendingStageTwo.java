package org.redress.complaints.stagetwo.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Extends the stage 2 clock to at most 65 working days, with the complainant told why. */
@ApplicationScoped
public class ExtendingStageTwo {

    private final ComplaintChanges changes;

    public ExtendingStageTwo(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint extend(UUID id, ExtendStageTwo command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-2-extended", (complaint, today) -> complaint.stageTwo().investigation()
                .extend(command.workingDays(), command.reason(), command.complainantToldOn(), today));
    }
}
