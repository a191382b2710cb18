package org.redress.remedies.remedycases.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.RemedyCase;

/** Makes a calculation's result the amount due on a payment action, with its breakdown in the timeline. */
@ApplicationScoped
public class AttachingCalculation {

    private final RemedyCaseChanges changes;

    public AttachingCalculation(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public RemedyCase attach(UUID caseId, UUID actionId, long amountDuePence, String breakdown, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-action.amount-due-set",
                (remedyCase, today) -> remedyCase.setAmountDue(actionId, amountDuePence, breakdown, today));
    }
}
