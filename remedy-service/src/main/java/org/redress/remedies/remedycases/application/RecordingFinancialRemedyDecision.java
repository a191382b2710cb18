package org.redress.remedies.remedycases.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.FinancialRemedyDecision;
import org.redress.remedies.remedycases.domain.RemedyCase;

/**
 * Records what was decided on a financial remedy considered, completing that action; an award adds the payment
 * action that follows it until paid.
 */
@ApplicationScoped
public class RecordingFinancialRemedyDecision {

    private final RemedyCaseChanges changes;

    public RecordingFinancialRemedyDecision(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public RemedyCase decide(UUID caseId, UUID actionId, FinancialRemedyDecision decision, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-action.financial-remedy-decided",
                (remedyCase, today) -> remedyCase.decideFinancialRemedy(actionId, decision, UUID.randomUUID(), today));
    }
}
