package org.redress.remedies.remedycases.domain;

import org.redress.contracts.Bounds;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * What each type of action must and must not carry. A payment without an exact amount cannot be
 * checked as paid in full (DOMAIN §4: a payment is complete only when the amount paid equals the
 * amount due), and a service improvement without a theme cannot be set beside earlier faults on
 * the same theme (learning across cases). An amount or theme on any other action is a mistake
 * in the decision record, refused rather than silently dropped. The words of an action (what is to
 * be done, who owns it, the conditions it is carried out under) are bounded as the HTTP edge bounds
 * them ({@link Bounds}), because an event carries no bean validation.
 */
public final class ActionTermsPolicy {

    private ActionTermsPolicy() {
    }

    /** Checks one action's terms; {@code field} is its path in the request, e.g. {@code actions[0]}. */
    public static void check(AgreedActionTerms terms, String field) {
        checkAmount(terms, field + ".amountPence");
        checkTheme(terms, field + ".theme");
        PersonTermsPolicy.check(terms, field);
        checkWords(terms, field);
    }

    private static void checkAmount(AgreedActionTerms terms, String field) {
        if (terms.type() != ActionType.PAYMENT) {
            if (terms.amountPence() != null) {
                throw violation("remedy.amount-on-non-payment", field,
                        "only a PAYMENT action carries an amount, not " + terms.type());
            }
            return;
        }
        if (terms.amountPence() == null) {
            throw violation("remedy.payment-without-amount", field, "a PAYMENT action needs amountPence");
        }
        if (terms.amountPence() <= 0) {
            throw violation("remedy.payment-amount-not-positive", field,
                    "amountPence of a PAYMENT must be more than 0, not " + terms.amountPence());
        }
        if (terms.amountPence() > Bounds.MAX_AMOUNT_PENCE) {
            // the HTTP edge refuses it with 400; an event carries no bean validation, so the rule lives here too
            throw violation("remedy.payment-amount-too-large", field, "amountPence of a PAYMENT must be at most "
                    + Bounds.MAX_AMOUNT_PENCE + " (the largest single amount), not " + terms.amountPence());
        }
    }

    private static void checkTheme(AgreedActionTerms terms, String field) {
        boolean hasTheme = terms.theme() != null && !terms.theme().isBlank();
        if (terms.type() == ActionType.SERVICE_IMPROVEMENT && !hasTheme) {
            throw violation("remedy.service-improvement-without-theme", field,
                    "a SERVICE_IMPROVEMENT action needs a theme");
        }
        if (terms.type() != ActionType.SERVICE_IMPROVEMENT && terms.theme() != null) {
            throw violation("remedy.theme-on-other-action", field,
                    "only a SERVICE_IMPROVEMENT action carries a theme, not " + terms.type());
        }
    }

    private static void checkWords(AgreedActionTerms terms, String field) {
        checkLength(terms.description(), Bounds.MAX_NARRATIVE_LENGTH, field + ".description");
        checkLength(terms.owner(), Bounds.MAX_NAME_LENGTH, field + ".owner");
        if (terms.conditions().size() > Bounds.MAX_LIST_SIZE) {
            throw violation("remedy.too-many-conditions", field + ".conditions",
                    "an action carries at most " + Bounds.MAX_LIST_SIZE + " conditions, not " + terms.conditions().size());
        }
        for (int i = 0; i < terms.conditions().size(); i++) {
            String condition = terms.conditions().get(i);
            String at = field + ".conditions[" + i + "]";
            if (condition.isBlank()) {
                // a blank condition would reach the assessment as a condition nobody can meet or check
                throw violation("remedy.blank-condition", at, "a condition says what is to be respected; it is blank");
            }
            checkLength(condition, Bounds.MAX_NARRATIVE_LENGTH, at);
        }
    }

    static void checkLength(String text, int max, String field) {
        if (text != null && text.length() > max) {
            // the length only: the text is the caller's and may be about a family
            throw violation("remedy.text-too-long", field, field + " is longer than " + max + " characters");
        }
    }

    private static RuleViolation violation(String rule, String field, String detail) {
        return new RuleViolation(rule, ProblemKind.UNPROCESSABLE, field, detail);
    }
}
