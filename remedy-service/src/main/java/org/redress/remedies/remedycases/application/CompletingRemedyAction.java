package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.Completion;
import org.redress.remedies.remedycases.domain.RemedyCase;

/** Completes an action by hand, announcing it and, when it was the last, the case's completion. */
@ApplicationScoped
public class CompletingRemedyAction {

    private final RemedyCaseChanges changes;
    private final Clock clock;

    public CompletingRemedyAction(RemedyCaseChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public RemedyCase complete(UUID caseId, UUID actionId, Completion completion, Long expectedVersion) {
        RemedyCase remedyCase = changes.load(caseId);
        return changes.commit(remedyCase.complete(actionId, completion, LocalDate.now(clock)), expectedVersion, "remedy-action.completed");
    }
}
