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
    /** A named contact for the family. */
    NAMED_CONTACT,
    /** A document shared with the complainant. */
    SHARE_DOCUMENT,
    /** Training, reminders, a policy review or a process change. Carries a learning theme. */
    SERVICE_IMPROVEMENT,
    /** Evidence to the Ombudsman that the agreed actions were done. */
    EVIDENCE_TO_OMBUDSMAN;

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
