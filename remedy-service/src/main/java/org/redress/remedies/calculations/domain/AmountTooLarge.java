package org.redress.remedies.calculations.domain;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * An amount a calculation takes or gives is above {@link Bounds#MAX_AMOUNT_PENCE} (£10 million), or
 * would not fit in pence at all. No remedy is worth that much, so it is a mistake (a rate keyed in
 * pounds as pence, a wrong period) or an attack; refusing it with a named rule keeps a {@code long}
 * overflow from ever reaching a caller as a 500 or stopping an event consumer.
 */
public final class AmountTooLarge extends RuleViolation {

    public static final String RULE = "calculation.amount-too-large";

    AmountTooLarge(String field, String detail) {
        super(RULE, ProblemKind.UNPROCESSABLE, field, detail);
    }

    /** Refuses {@code amount} when it is above the largest single amount, naming {@code field} (may be null). */
    static Money requireWithinBounds(Money amount, String field, String what) {
        if (amount.pence() > Bounds.MAX_AMOUNT_PENCE) {
            throw new AmountTooLarge(field, what + " " + amount + " is more than the largest single amount, "
                    + Money.ofPence(Bounds.MAX_AMOUNT_PENCE));
        }
        return amount;
    }

    /** Pence that do not fit in a {@code long}: the arithmetic is refused rather than wrapped. */
    static AmountTooLarge overflow() {
        return new AmountTooLarge(null, "the amount does not fit in pence; no remedy is worth that much");
    }
}
