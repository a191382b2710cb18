package org.redress.remedies.remedycases.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.AgreedActionTerms;
import org.redress.remedies.remedycases.domain.RemedyCase;

/**
 * Adds an action agreed later to a remedy case, due from the same decision date, on the timeline on
 * the day it was agreed (today when the caller does not say).
 */
@ApplicationScoped
public class AddingRemedyAction {

    private final RemedyCaseChanges changes;

    public AddingRemedyAction(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    /** {@code agreedOn} is the day the action was agreed, or {@code null} for today. */
    @Transactional
    public RemedyCase add(UUID caseId, AgreedActionTerms terms, LocalDate agreedOn, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-action.added", (remedyCase, today) -> remedyCase
                .agreeLater(UUID.randomUUID(), terms, agreedOn == null ? today : agreedOn, today));
    }
}
