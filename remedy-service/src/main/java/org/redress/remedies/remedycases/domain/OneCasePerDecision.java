package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * One complaint decision opens one remedy case: a decision re-sent (a new event for the same
 * stage response, or a repeated POST) must not double the actions the council has to follow up.
 */
public final class OneCasePerDecision {

    public static final String RULE = "remedy.decision-already-opened";

    private OneCasePerDecision() {
    }

    public static RuleViolation violation(RemedySource source, LocalDate decisionDate) {
        return new RuleViolation(RULE, ProblemKind.CONFLICT, "decisionDate",
                "the " + source + " decision of " + decisionDate + " on this complaint already has a remedy case");
    }
}
