package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

/**
 * What a payment must be (DOMAIN §4): made against a payment action, of a positive amount, no
 * more than is still owed (an overpayment is almost always a keying slip, and the finance
 * system has to reverse it), dated no later than today.
 */
public final class PaymentPolicy {

    private PaymentPolicy() {
    }

    static void check(RemedyAction action, Payment payment, LocalDate decisionDate, LocalDate today) {
        if (action.type() != ActionType.PAYMENT) {
            throw CompletionPolicy.violation("remedy.payment-on-non-payment-action", "actionId",
                    "action " + action.actionRef() + " is " + action.type() + ", not a PAYMENT");
        }
        action.requireNotComplete();
        CompletionPolicy.requireConfirmed(action);
        if (payment.amountPence() <= 0) {
            throw CompletionPolicy.violation("remedy.payment-amount-not-positive", "amountPence",
                    "amountPence must be more than 0");
        }
        if (payment.amountPence() > action.shortfallPence()) {
            throw CompletionPolicy.violation("remedy.payment-exceeds-amount-due", "amountPence",
                    payment.amountPence() + " pence is more than the " + action.shortfallPence() + " pence still owed");
        }
        CompletionPolicy.checkDate(payment.paidOn(), "paidOn", decisionDate, today);
    }
}
