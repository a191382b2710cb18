package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral got its decision on the type of response. Working Together to Safeguard Children
 * 2023 asks for it within one working day of receipt; {@code decidedInTime} says whether it was.
 *
 * @param referralId    the referral's id (record key)
 * @param reference     the referral's reference
 * @param childRef      the council's record reference of the child
 * @param decision      {@code NO_FURTHER_ACTION}, {@code EARLY_HELP}, {@code S17_ASSESSMENT} or {@code S47_ENQUIRY}
 * @param decidedOn     the day it was decided
 * @param dueDate       the day it was due
 * @param decidedInTime whether it was decided on or before the due date
 * @param assessmentId  the child in need assessment an s17 decision opened, or {@code null}
 */
public record ReferralDecided(UUID referralId, String reference, String childRef, String decision,
        LocalDate decidedOn, LocalDate dueDate, boolean decidedInTime, UUID assessmentId) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return referralId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
