package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Provision started for an unmet need, which closes it.
 *
 * @param assessmentId the assessment's id (record key)
 * @param reference    the assessment's reference
 * @param childRef     the council's record reference of the child
 * @param needCode     the need's code within the assessment
 * @param openedOn     the day it was opened
 * @param closedOn     the day provision started
 */
public record UnmetNeedClosed(UUID assessmentId, String reference, String childRef, String needCode,
        LocalDate openedOn, LocalDate closedOn) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
