package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Support an assessment found was due started late: the days between when it should have
 * started and when it did are missed provision, which remedy-service turns into a payment
 * action for a person to confirm.
 *
 * @param assessmentId      the assessment's id (record key)
 * @param reference         the assessment's reference
 * @param childRef          the council's record reference of the child
 * @param provisionId       the provision that started late
 * @param provisionKind     {@code SERVICE} or {@code DIRECT_PAYMENT}
 * @param weeklyAmountPence what the provision is worth per week, in pence
 * @param missedFrom        the first day it should have been provided (inclusive)
 * @param missedTo          the last day it was not provided (inclusive): the day before it started
 */
public record MissedProvisionRecorded(UUID assessmentId, String reference, String childRef, UUID provisionId,
        String provisionKind, long weeklyAmountPence, LocalDate missedFrom, LocalDate missedTo)
        implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
