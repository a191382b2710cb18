package org.redress.complaints.stageone.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.application.ComplaintChanges;
import org.redress.complaints.complaint.domain.Complaint;

/** Extends stage 1 once, to at most 20 working days, with the complainant told. */
@ApplicationScoped
public class ExtendingStageOne {

    private final ComplaintChanges changes;

    public ExtendingStageOne(ComplaintChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Complaint extend(UUID id, ExtendStageOne command, Long expectedVersion) {
        return changes.apply(id, expectedVersion, "complaint.stage-1-extended", (complaint, today) -> complaint.stageOne().extend(
                command.workingDays(), command.reason(), command.complainantToldOn(), command.decidedOn(), today));
    }
}
