package org.redress.remedies.remedycases.domain;

import java.util.regex.Pattern;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Who an action is for. A carer's assessment is of one named carer, and is a parent carer's (Children Act 1989
 * s17ZD) or a young carer's (s17ZA) assessment: without the carer, or the kind, assessment-service would not know
 * whom to assess under which duty. A service put in place is for one named child: provision that starts for that
 * child is what completes it. Every other action is for the family as a whole, so a person or a kind of carer on
 * it is a mistake in the decision record, refused rather than silently dropped.
 */
public final class PersonTermsPolicy {

    /** A council record reference, written as a case's child references are. */
    public static final String RECORD_REFERENCE = "[A-Za-z0-9-]{3,32}";
    private static final Pattern REFERENCE = Pattern.compile(RECORD_REFERENCE);

    private PersonTermsPolicy() {
    }

    /** Checks one action's person and kind of carer; {@code field} is its path, e.g. {@code actions[0]}. */
    static void check(AgreedActionTerms terms, String field) {
        checkPerson(terms, field + ".personRef");
        checkCarerType(terms, field + ".carerType");
    }

    private static void checkPerson(AgreedActionTerms terms, String field) {
        if (!terms.type().namesAPerson()) {
            if (terms.personRef() != null) {
                throw violation("remedy.person-on-other-action", field, "only a CARERS_ASSESSMENT or a "
                        + "PUT_SERVICE_IN_PLACE action names a person, not " + terms.type());
            }
            return;
        }
        if (terms.personRef() == null || terms.personRef().isBlank()) {
            throw violation("remedy.action-without-person", field, "a " + terms.type()
                    + " action needs personRef, the record reference of the person it is for");
        }
        if (!REFERENCE.matcher(terms.personRef()).matches()) {
            // the shape only: the value is the caller's
            throw violation("remedy.person-ref-invalid", field,
                    "personRef must be a record reference of 3 to 32 letters, digits or dashes");
        }
    }

    private static void checkCarerType(AgreedActionTerms terms, String field) {
        if (terms.type() == ActionType.CARERS_ASSESSMENT && terms.carerType() == null) {
            throw violation("remedy.carers-assessment-without-carer-type", field,
                    "a CARERS_ASSESSMENT action needs carerType, PARENT_CARER or YOUNG_CARER");
        }
        if (terms.type() != ActionType.CARERS_ASSESSMENT && terms.carerType() != null) {
            throw violation("remedy.carer-type-on-other-action", field,
                    "only a CARERS_ASSESSMENT action carries carerType, not " + terms.type());
        }
    }

    private static RuleViolation violation(String rule, String field, String detail) {
        return new RuleViolation(rule, ProblemKind.UNPROCESSABLE, field, detail);
    }
}
