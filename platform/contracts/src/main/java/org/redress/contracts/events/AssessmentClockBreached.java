package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A statutory clock ran past its due date without being stopped: a referral still without a
 * decision after one working day, or an assessment still open after 45 working days (Working
 * Together to Safeguard Children 2023). Emitted once per clock.
 *
 * @param caseId     the referral's or assessment's id (record key)
 * @param reference  the referral's or assessment's reference
 * @param childRef   the council's record reference of the child
 * @param clock      {@code REFERRAL_DECISION} or {@code ASSESSMENT}
 * @param startDate  day 0 of the clock
 * @param dueDate    the day it was due
 * @param detectedOn the day the breach was detected
 */
public record AssessmentClockBreached(UUID caseId, String reference, String childRef, String clock, LocalDate startDate,
        LocalDate dueDate, LocalDate detectedOn) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
