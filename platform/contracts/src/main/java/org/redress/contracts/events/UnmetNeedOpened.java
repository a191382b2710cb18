package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment was completed with an eligible need left unmet: it stays open and visible until
 * provision starts (DOMAIN §3).
 *
 * @param assessmentId      the assessment's id (record key)
 * @param reference         the assessment's reference
 * @param childRef          the council's record reference of the child
 * @param needCode          the need's code within the assessment
 * @param area              the Assessment Framework area of the need
 * @param resourceLedReason whether the reason given rests on the council's resources, capacity or a threshold
 *                          (not on a family that would not engage: a different fault)
 * @param openedOn          the day it was opened (the completion date)
 */
public record UnmetNeedOpened(UUID assessmentId, String reference, String childRef, String needCode, String area,
        boolean resourceLedReason, LocalDate openedOn) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
