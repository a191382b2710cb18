package org.redress.remedies.remedycases.domain;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The kind of carer a carer's assessment is for; each is assessed under its own duty and by assessment-service
 * as its own assessment type (the code is the same).
 */
public enum CarerType {
    /** A parent carer of a disabled child (Children Act 1989 s17ZD). */
    PARENT_CARER,
    /** A young carer (Children Act 1989 s17ZA). */
    YOUNG_CARER;

    /** The kind named by an event's code; an unknown code breaks rule {@code remedy.unknown-carer-type}. */
    public static CarerType fromCode(String code, String field) {
        if (code == null) {
            return null;
        }
        for (CarerType type : values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        throw new RuleViolation("remedy.unknown-carer-type", ProblemKind.UNPROCESSABLE, field,
                field + " must be PARENT_CARER or YOUNG_CARER");
    }
}
