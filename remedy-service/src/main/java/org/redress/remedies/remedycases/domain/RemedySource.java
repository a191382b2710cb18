package org.redress.remedies.remedycases.domain;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * Where the actions of a remedy case were agreed: a complaint stage response (Children Act 1989
 * Representations Procedure (England) Regulations 2006), an Ombudsman decision, or missed
 * provision found by an assessment.
 */
public enum RemedySource {
    STAGE_1, STAGE_2, STAGE_3, OMBUDSMAN, MISSED_PROVISION;

    /** The source named by an event's code; an unknown code breaks rule {@code remedy.unknown-source}. */
    public static RemedySource fromCode(String code) {
        for (RemedySource source : values()) {
            if (source.name().equals(code)) {
                return source;
            }
        }
        throw new RuleViolation("remedy.unknown-source", ProblemKind.UNPROCESSABLE, "source",
                "source " + code + " is not one of STAGE_1, STAGE_2, STAGE_3, OMBUDSMAN, MISSED_PROVISION");
    }
}
