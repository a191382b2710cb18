package org.redress.remedies.remedycases.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.RemedyCase;

/** Records a progress note and evidence on an action. */
@ApplicationScoped
public class RecordingActionProgress {

    private final RemedyCaseChanges changes;

    public RecordingActionProgress(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public RemedyCase record(UUID caseId, UUID actionId, String note, List<String> evidenceRefs, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-action.progress",
                (remedyCase, today) -> remedyCase.recordProgress(actionId, note, evidenceRefs, today));
    }
}
