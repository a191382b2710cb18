package org.redress.remedies.remedycases.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.RemedyCase;

/** Adds an action agreed later to a remedy case, due from the same decision date and on the timeline today. */
@ApplicationScoped
public class AddingRemedyAction {

    private final RemedyCaseChanges changes;

    public AddingRemedyAction(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public RemedyCase add(UUID caseId, AgreedActionTerms terms, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-action.added",
                (remedyCase, today) -> remedyCase.addAction(UUID.randomUUID(), terms, today));
    }
}
