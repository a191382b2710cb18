package org.redress.remedies.remedycases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.remedies.remedycases.domain.Payment;
import org.redress.remedies.remedycases.domain.RemedyCase;

/** Records a payment against a payment action; paid in full, the action completes. */
@ApplicationScoped
public class RecordingRemedyPayment {

    private final RemedyCaseChanges changes;
    private final Clock clock;

    public RecordingRemedyPayment(RemedyCaseChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public RemedyCase pay(UUID caseId, UUID actionId, Payment payment, Long expectedVersion) {
        RemedyCase remedyCase = changes.load(caseId);
        return changes.commit(remedyCase.recordPayment(actionId, payment, LocalDate.now(clock)), expectedVersion, "remedy-payment.recorded");
    }
}
