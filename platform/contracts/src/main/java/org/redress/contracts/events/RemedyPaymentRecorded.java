package org.redress.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment was made against a payment action; any shortfall stays open.
 *
 * @param remedyCaseId    the remedy case's id (record key)
 * @param reference       the remedy case's reference
 * @param actionId        the payment action's id
 * @param paymentKind     {@code TIME_AND_TROUBLE}, {@code DISTRESS}, {@code SYMBOLIC_DELAY}, {@code MISSED_PROVISION} or {@code OTHER}
 * @param paidOn          the day it was paid
 * @param amountPence     this payment, in pence
 * @param totalPaidPence  everything paid on the action so far
 * @param amountDuePence  the amount due on the action
 * @param shortfallPence  what is still owed (0 when paid in full)
 */
public record RemedyPaymentRecorded(UUID remedyCaseId, String reference, UUID actionId, String paymentKind, LocalDate paidOn,
        long amountPence, long totalPaidPence, long amountDuePence, long shortfallPence) implements RemedyEvent {

    @Override
    public String aggregateId() {
        return remedyCaseId.toString();
    }

    @Override
    public String subject() {
        return reference;
    }
}
