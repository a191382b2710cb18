package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.RemedyCase;

/** Records a progress note and evidence on an action. */
@ApplicationScoped
public class RecordingActionProgress {

    private final RemedyCaseChanges changes;
    private final Clock clock;

    public RecordingActionProgress(RemedyCaseChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public RemedyCase record(UUID caseId, UUID actionId, String note, List<String> evidenceRefs, Long expectedVersion) {
        RemedyCase remedyCase = changes.load(caseId);
        return changes.commit(remedyCase.recordProgress(actionId, note, evidenceRefs, LocalDate.now(clock)), expectedVersion, "remedy-action.progress");
    }
}
