package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.RemedyCase;

/** Makes a calculation's result the amount due on a payment action, with its breakdown in the timeline. */
@ApplicationScoped
public class AttachingCalculation {

    private final RemedyCaseChanges changes;
    private final Clock clock;

    public AttachingCalculation(RemedyCaseChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public RemedyCase attach(UUID caseId, UUID actionId, long amountDuePence, String breakdown, Long expectedVersion) {
        RemedyCase remedyCase = changes.load(caseId);
        return changes.commit(remedyCase.setAmountDue(actionId, amountDuePence, breakdown, LocalDate.now(clock)),
                expectedVersion, "remedy-action.amount-due-set");
    }
}
