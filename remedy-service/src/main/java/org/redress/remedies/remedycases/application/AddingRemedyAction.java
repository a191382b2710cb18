package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.RemedyCase;

/** Adds an action agreed later to a remedy case, due from the same decision date. */
@ApplicationScoped
public class AddingRemedyAction {

    private final RemedyCaseChanges changes;
    private final Clock clock;

    public AddingRemedyAction(RemedyCaseChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public RemedyCase add(UUID caseId, AgreedActionTerms terms, Long expectedVersion) {
        RemedyCase remedyCase = changes.load(caseId);
        return changes.commit(remedyCase.addAction(UUID.randomUUID(), terms, LocalDate.now(clock)), expectedVersion, "remedy-action.added");
    }
}
