package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.RemedyCase;

/** A person confirms an amount the service computed (missed provision), so it can be paid. */
@ApplicationScoped
public class ConfirmingComputedAmount {

    private final RemedyCaseChanges changes;
    private final Clock clock;

    public ConfirmingComputedAmount(RemedyCaseChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public RemedyCase confirm(UUID caseId, UUID actionId, Long expectedVersion) {
        RemedyCase remedyCase = changes.load(caseId);
        return changes.commit(remedyCase.confirm(actionId, LocalDate.now(clock)), expectedVersion,
                "remedy-action.amount-confirmed");
    }
}
