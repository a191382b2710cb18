package org.redress.remedies.remedycases.domain;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The kinds of action a council agrees as a remedy (DOMAIN §4, following the Ombudsman's
 * guidance on remedies).
 */
public enum ActionType {
    /** An apology, in line with the Ombudsman's guidance on effective apologies. */
    APOLOGY,
    /** A payment: time and trouble, distress, delay, missed provision. Carries an amount. */
    PAYMENT,
    /** A new assessment of a child's needs, sent to assessment-service. */
    REASSESSMENT,
    /**
     * A carer's assessment of a named carer (Children Act 1989 s17ZD parent carer, s17ZA young carer), sent to
     * assessment-service and completed when that assessment is. Carries the carer ({@code personRef}) and the
     * kind of carer.
     */
    CARERS_ASSESSMENT,
    /**
     * A decision whether to make a financial remedy (e.g. for missed provision): completed only by recording the
     * decision, an award (which adds a payment for it) or no award with the reason.
     */
    CONSIDER_FINANCIAL_REMEDY,
    /** A service put in place for a named child ({@code personRef}): completed on the day provision starts. */
    PUT_SERVICE_IN_PLACE,
    /** A named contact for the family. */
    NAMED_CONTACT,
    /** A document shared with the complainant. */
    SHARE_DOCUMENT,
    /** Training, reminders, a policy review or a process change. Carries a learning theme. */
    SERVICE_IMPROVEMENT,
    /** Evidence to the Ombudsman that the agreed actions were done. */
    EVIDENCE_TO_OMBUDSMAN;

    /** Whether an action of this type is for one named person, whose record reference it carries. */
    public boolean namesAPerson() {
        return this == CARERS_ASSESSMENT || this == PUT_SERVICE_IN_PLACE;
    }

    /** Whether an action of this type asks assessment-service for an assessment and completes with it. */
    public boolean asksForAnAssessment() {
        return this == REASSESSMENT || this == CARERS_ASSESSMENT;
    }

    /** The type named by an event's code; an unknown code breaks rule {@code remedy.unknown-action-type}. */
    public static ActionType fromCode(String code, String field) {
        for (ActionType type : values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        throw new RuleViolation("remedy.unknown-action-type", ProblemKind.UNPROCESSABLE, field,
                field + " " + code + " is not a remedy action type");
    }
}
