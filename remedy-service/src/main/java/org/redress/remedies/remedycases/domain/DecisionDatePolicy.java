package org.redress.remedies.remedycases.domain;

import java.time.LocalDate;

import org.redress.contracts.problem.ProblemKind;
import org.redress.contracts.problem.RuleViolation;

/**
 * The decision that agreed the actions has been made: its date is today or earlier. Every due
 * date runs from it, so a future date would push every deadline out unnoticed.
 */
public final class DecisionDatePolicy {

    public static final String RULE = "remedy.decision-date-in-future";

    private DecisionDatePolicy() {
    }

    public static void check(LocalDate decisionDate, LocalDate today) {
        if (decisionDate.isAfter(today)) {
            throw new RuleViolation(RULE, ProblemKind.UNPROCESSABLE, "decisionDate",
                    "decisionDate " + decisionDate + " is after today (" + today + ")");
        }
    }
}
