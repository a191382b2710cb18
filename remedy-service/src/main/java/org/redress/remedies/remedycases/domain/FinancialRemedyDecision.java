package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What was decided on an agreed action to consider a financial remedy (the Ombudsman's guidance on remedies: a
 * payment for missed provision, time and trouble or distress is considered case by case), by whom and on which
 * day.
 *
 * @param outcome          awarded or not
 * @param amountPence      for an award, the amount in pence; otherwise {@code null}
 * @param reason           why: required when nothing is awarded, optional with an award; {@code null} when not given
 * @param decidedOn        the day it was decided
 * @param decidedBy        who recorded it (the identity provider's subject, never a name)
 * @param paymentActionId  for an award, the payment action added to the case for it; otherwise {@code null}
 */
public record FinancialRemedyDecision(Outcome outcome, Long amountPence, String reason, LocalDate decidedOn,
        String decidedBy, UUID paymentActionId) {

    /** Whether a financial remedy was made. */
    public enum Outcome {
        AWARDED, NOT_AWARDED
    }

    public FinancialRemedyDecision {
        RequiredFields.require(outcome, "outcome");
        RequiredFields.require(decidedOn, "decidedOn");
        RequiredFields.require(decidedBy, "decidedBy");
    }

    /** The decision as recorded, before an award's payment action exists. */
    public static FinancialRemedyDecision of(Outcome outcome, Long amountPence, String reason, LocalDate decidedOn,
            String decidedBy) {
        return new FinancialRemedyDecision(outcome, amountPence, reason, decidedOn, decidedBy, null);
    }

    FinancialRemedyDecision paidBy(UUID paymentAction) {
        return new FinancialRemedyDecision(outcome, amountPence, reason, decidedOn, decidedBy, paymentAction);
    }

    /** The decision in words for the timeline: the outcome, the amount or the reason, and who recorded it. */
    String inWords() {
        String decided = switch (outcome) {
            case AWARDED -> "financial remedy awarded: " + amountPence + " pence" + (reason == null ? "" : "; " + reason);
            case NOT_AWARDED -> "financial remedy not awarded: " + reason;
        };
        return decided + " (recorded by " + decidedBy + ")";
    }
}
