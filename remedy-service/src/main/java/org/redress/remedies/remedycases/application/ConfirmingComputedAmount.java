package org.redress.remedies.remedycases.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.RemedyCase;

/** A person confirms an amount the service computed (missed provision), so it can be paid. */
@ApplicationScoped
public class ConfirmingComputedAmount {

    private final RemedyCaseChanges changes;

    public ConfirmingComputedAmount(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public RemedyCase confirm(UUID caseId, UUID actionId, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-action.amount-confirmed",
                (remedyCase, today) -> remedyCase.confirm(actionId, today));
    }
}
