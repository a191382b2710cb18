package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Support for an assessed need started, on time or late: remedy-service completes an agreed action to put a
 * service in place for the child on the day it started. (Provision that started late is also announced as
 * {@link MissedProvisionRecorded}.)
 *
 * @param assessmentId      the assessment's id (record key)
 * @param reference         the assessment's reference
 * @param childRef          the council's record reference of the child
 * @param provisionId       the provision that started
 * @param needCode          the assessed need it meets
 * @param provisionKind     {@code SERVICE} or {@code DIRECT_PAYMENT}
 * @param shouldHaveStarted the first day it should have been provided
 * @param startedOn         the day it started
 */
public record ProvisionStarted(UUID assessmentId, String reference, String childRef, UUID provisionId,
        String needCode, String provisionKind, LocalDate shouldHaveStarted, LocalDate startedOn)
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
