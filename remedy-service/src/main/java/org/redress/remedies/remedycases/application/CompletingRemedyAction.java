package org.redress.remedies.remedycases.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.Completion;
import org.redress.remedies.remedycases.domain.RemedyCase;

/** Completes an action by hand, announcing it and, when it was the last, the case's completion. */
@ApplicationScoped
public class CompletingRemedyAction {

    private final RemedyCaseChanges changes;

    public CompletingRemedyAction(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public RemedyCase complete(UUID caseId, UUID actionId, Completion completion, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-action.completed",
                (remedyCase, today) -> remedyCase.complete(actionId, completion, today));
    }
}
