package org.redress.remedies.remedycases.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.Payment;
import org.redress.remedies.remedycases.domain.RemedyCase;

/** Records a payment against a payment action; paid in full, the action completes. */
@ApplicationScoped
public class RecordingRemedyPayment {

    private final RemedyCaseChanges changes;

    public RecordingRemedyPayment(RemedyCaseChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public RemedyCase pay(UUID caseId, UUID actionId, Payment payment, Long expectedVersion) {
        return changes.apply(caseId, expectedVersion, "remedy-payment.recorded",
                (remedyCase, today) -> remedyCase.recordPayment(actionId, payment, today));
    }
}
