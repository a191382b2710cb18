package org.redress.complaints.intake.domain;

import java.time.LocalDate;

/**
 * Stage 2 as recorded: the request (and why a late one was accepted), the statement of complaint
 * agreed by the investigating officer (who, when) and the adjudication.
 */
public record StageTwo(LocalDate requestedOn, String lateReason, LocalDate statementAgreedOn,
        String statementAgreedBy, StageDecision adjudication) {

    static StageTwo requested(LocalDate requestedOn, String lateReason) {
        return new StageTwo(requestedOn, lateReason, null, null, null);
    }

    StageTwo statementAgreed(LocalDate on, String by) {
        return new StageTwo(requestedOn, lateReason, on, by, adjudication);
    }

    StageTwo adjudicated(StageDecision decision) {
        return new StageTwo(requestedOn, lateReason, statementAgreedOn, statementAgreedBy, decision);
    }
}
