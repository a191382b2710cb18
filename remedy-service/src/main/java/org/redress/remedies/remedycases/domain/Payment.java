package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

/**
 * One payment made against a payment action.
 *
 * @param kind        what the payment is for
 * @param paidOn      the day it was paid
 * @param amountPence how much, in pence
 * @param reference   the finance system's reference for it
 */
public record Payment(PaymentKind kind, LocalDate paidOn, long amountPence, String reference) {

    /** What a payment is for (the Ombudsman's guidance on remedies). */
    public enum PaymentKind {
        TIME_AND_TROUBLE, DISTRESS, SYMBOLIC_DELAY, MISSED_PROVISION, OTHER
    }

    public Payment {
        RequiredFields.require(kind, "kind");
        RequiredFields.require(paidOn, "paidOn");
        RequiredFields.require(reference, "reference");
    }
}
