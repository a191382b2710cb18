package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral about a child was received; a decision on the response is due within one working
 * day (Working Together to Safeguard Children).
 *
 * @param referralId     the referral's id (record key)
 * @param reference      the referral's reference
 * @param childRef       the council's record reference of the child
 * @param receivedDate   the date the referral was received
 * @param decisionDueDate the date the decision on the type of response is due
 */
public record ReferralReceived(UUID referralId, String reference, String childRef, LocalDate receivedDate,
        LocalDate decisionDueDate) implements AssessmentEvent {

    @Override
    public String aggregateId() {
        return referralId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
