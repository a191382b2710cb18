package org.redress.complaints.complaint.domain;

import org.redress.complaints.complaint.domain.AgreedActionTerm.ActionType;
import org.redress.complaints.complaint.domain.AgreedActionTerm.CarerType;
import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Which agreed actions name a person, and which a kind of carer. A carer's assessment is of a named carer,
 * a parent carer (Children Act 1989 s17ZD) or a young carer (s17ZA), so it needs both; a service put in place
 * is for a named child, so it needs the child and no kind of carer; every other action is for no one person,
 * and a person or a kind of carer on it would be a mistake that remedy-service could act on.
 */
final class PersonNamedPolicy {

    private PersonNamedPolicy() {
    }

    static void check(String actionRef, ActionType type, String personRef, CarerType carerType) {
        boolean namesPerson = type == ActionType.CARERS_ASSESSMENT || type == ActionType.PUT_SERVICE_IN_PLACE;
        if (namesPerson != (personRef != null)) {
            throw new RuleViolation("action.person-ref", ProblemKind.UNPROCESSABLE, "personRef", "action " + actionRef
                    + ": a carer's assessment and a service to put in place need personRef and nothing else has one");
        }
        if ((type == ActionType.CARERS_ASSESSMENT) != (carerType != null)) {
            throw new RuleViolation("action.carer-type", ProblemKind.UNPROCESSABLE, "carerType", "action " + actionRef
                    + ": a carer's assessment needs carerType (PARENT_CARER or YOUNG_CARER) and nothing else has one");
        }
    }
}
