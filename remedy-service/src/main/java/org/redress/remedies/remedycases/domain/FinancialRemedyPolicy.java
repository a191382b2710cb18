package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

import org.redress.contracts.Bounds;

/**
 * When a decision on a financial remedy may be recorded. An award is of an exact amount, bounded as every payment
 * is ({@link Bounds#MAX_AMOUNT_PENCE}), because a payment action is added for it and tracked until paid in full;
 * a decision not to award says why, because the Ombudsman asks the council to justify not remedying an injustice
 * it found. The decision is made after the remedy was agreed and not in the future, as any completion.
 */
public final class FinancialRemedyPolicy {

    private FinancialRemedyPolicy() {
    }

    static void check(RemedyAction action, FinancialRemedyDecision decision, LocalDate decisionDate, LocalDate today) {
        if (action.type() != ActionType.CONSIDER_FINANCIAL_REMEDY) {
            throw CompletionPolicy.violation("remedy.not-a-financial-remedy-action", "actionId",
                    "action " + action.actionRef() + " is " + action.type() + ", not a CONSIDER_FINANCIAL_REMEDY");
        }
        action.requireNotComplete();
        CompletionPolicy.checkDate(decision.decidedOn(), "decidedOn", decisionDate, today);
        ActionTermsPolicy.checkLength(decision.reason(), Bounds.MAX_NARRATIVE_LENGTH, "reason");
        switch (decision.outcome()) {
            case AWARDED -> checkAward(decision.amountPence());
            case NOT_AWARDED -> {
                if (decision.amountPence() != null) {
                    throw CompletionPolicy.violation("remedy.amount-on-no-award", "amountPence",
                            "a decision not to award carries no amount");
                }
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw CompletionPolicy.violation("remedy.no-award-without-reason", "reason",
                            "a decision not to make a financial remedy says why");
                }
            }
        }
    }

    private static void checkAward(Long amountPence) {
        if (amountPence == null) {
            throw CompletionPolicy.violation("remedy.award-without-amount", "amountPence",
                    "an award needs amountPence, the amount to be paid");
        }
        if (amountPence <= 0 || amountPence > Bounds.MAX_AMOUNT_PENCE) {
            throw CompletionPolicy.violation("remedy.award-amount-out-of-range", "amountPence",
                    "amountPence of an award must be from 1 to " + Bounds.MAX_AMOUNT_PENCE + ", not " + amountPence);
        }
    }
}
